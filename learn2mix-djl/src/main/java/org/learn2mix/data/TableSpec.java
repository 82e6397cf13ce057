package org.learn2mix.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the data locator needs to know of a tabular data set: its folder name and its CSV files.
 * {@link TableSource} supplies the published ones; tests make their own with small files and their
 * own checksums.
 *
 * <p>Each file is checked cell by cell, then verified against the SHA-256 of its content, so that a
 * damaged file names its bad line rather than just a checksum. A gzip-compressed file under the
 * same name is read too; its decompressed content must match.
 *
 * @param id the folder name under the data and cache folders, e.g. {@code wine-quality}
 * @param files the files that make the data set, in the order of the loaded tables
 */
record TableSpec(String id, List<CsvFile> files) implements DataSetFiles<LoadedTables> {
  /** Copies the files and checks the id is a plain folder name. */
  TableSpec {
    DataSetSpec.checkId(id);
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("data set " + id + " needs at least one file");
    }
  }

  @Override
  public String systemFolder() {
    return null; // no operating-system package installs these
  }

  @Override
  public List<RemoteFile> remoteFiles() {
    return files.stream().map(CsvFile::remote).toList();
  }

  @Override
  public List<RemoteFile> missing(Path folder) {
    return files.stream()
        .filter(f -> !Files.isRegularFile(folder.resolve(f.fileName())))
        .map(CsvFile::remote)
        .toList();
  }

  @Override
  public String expectedFiles() {
    return files.stream().map(CsvFile::fileName).collect(Collectors.joining(" and "));
  }

  @Override
  public LoadedTables read(Path folder) {
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
