package org.learn2mix.data.tables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.DataFormat;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.data.locate.RemoteFile;

/**
 * A tabular data set in one or more published CSV files.
 *
 * <p>Each file is checked cell by cell, then verified against the SHA-256 of its content, so that a
 * damaged file names its bad line rather than just a checksum. A gzip-compressed file under the
 * same name is read too; its decompressed content must match.
 *
 * @param files the files that make the data set, in the order of the loaded tables
 */
public record CsvFormat(List<CsvFile> files) implements DataFormat<LoadedTables> {
  /**
   * Copies the files.
   *
   * @param files the files that make the data set, in the order of the loaded tables; copied
   * @throws IllegalArgumentException if there is no file
   */
  public CsvFormat {
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("a tabular data set needs at least one file");
    }
  }

  @Override
  public List<RemoteFile> remoteFiles() {
    return files.stream().map(CsvFile::remote).toList();
  }

  @Override
  public List<String> missing(Path folder) {
    return files.stream()
        .map(CsvFile::fileName)
        .filter(name -> !Files.isRegularFile(folder.resolve(name)))
        .toList();
  }

  @Override
  public String expectedFiles() {
    return files.stream().map(CsvFile::fileName).collect(Collectors.joining(" and "));
  }

  @Override
  public LoadedTables read(Path folder, List<String> classNames) {
    List<Table> tables = new ArrayList<>();
    List<VerifiedFile> verified = new ArrayList<>();
    for (CsvFile csv : files) {
      Path file = folder.resolve(csv.fileName());
      byte[] content = FileContent.read(file);
      tables.add(CsvReader.read(file, content, csv.separator(), csv.columns()));
      Checksum checksum = csv.remote().checksum();
      String actual = checksum.compute(content);
      checksum.check(file, actual);
      verified.add(new VerifiedFile(file, actual, VerifiedFile.Verification.CONTENT_SHA256));
    }
    return new LoadedTables(tables, verified);
  }
}
