package org.learn2mix.data.cifar;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.images.ImageSet;
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.FileContent;

/** Reads a CIFAR data set from its official archive or from the files extracted from it. */
final class CifarReader {
  private CifarReader() {}

  /**
   * Reads the batch files straight out of {@code archive} (a {@code .tar.gz}, or a plain {@code
   * .tar}) in one pass, checksumming the archive as it streams by.
   */
  static LoadedImages readArchive(CifarFormat format, Path archive, List<String> classNames) {
    CifarRecords train = new CifarRecords(format, format.train());
    CifarRecords test = new CifarRecords(format, format.test());
    MessageDigest checksum = Checksum.digest(format.archiveChecksum().algorithm());
    MessageDigest sha256 = Checksum.digest("SHA-256");
    try (InputStream raw = Files.newInputStream(archive);
        DigestInputStream digested =
            new DigestInputStream(
                new DigestInputStream(new BufferedInputStream(raw, 1 << 16), checksum), sha256);
        TarArchiveInputStream tar =
            new TarArchiveInputStream(FileContent.decompressing(digested))) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
        if (!entry.isFile()) {
          continue;
        }
        // Matched by base name, so that a repacked archive with another folder name still reads.
        String name = entry.getName();
        String base = name.substring(name.lastIndexOf('/') + 1);
        String source = archive + "!" + name;
        if (train.indexOf(base) >= 0) {
          train.read(source, train.indexOf(base), tar, entry.getSize());
        } else if (test.indexOf(base) >= 0) {
          test.read(source, test.indexOf(base), tar, entry.getSize());
        }
      }
      // The digests must cover the whole file, also what follows the last tar entry.
      digested.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw DataSetException.damagedArchive(archive, e);
    }
    format.archiveChecksum().check(archive, Checksum.hex(checksum));
    List<VerifiedFile> files =
        List.of(
            new VerifiedFile(archive, Checksum.hex(sha256), VerifiedFile.Verification.ARCHIVE_MD5));
    return new LoadedImages(
        train.images(archive.toString()), test.images(archive.toString()), classNames, files);
  }

  /** Reads the extracted batch files in {@code folder}; they are checksummed but not verified. */
  static LoadedImages readFolder(CifarFormat format, Path folder, List<String> classNames) {
    List<VerifiedFile> files = new ArrayList<>();
    ImageSet train = readSplit(format, format.train(), folder, files);
    ImageSet test = readSplit(format, format.test(), folder, files);
    return new LoadedImages(train, test, classNames, files);
  }

  private static ImageSet readSplit(
      CifarFormat format, CifarFormat.Split split, Path folder, List<VerifiedFile> files) {
    CifarRecords records = new CifarRecords(format, split);
    for (int i = 0; i < split.files().size(); i++) {
      Path file = folder.resolve(split.files().get(i));
      MessageDigest sha256 = Checksum.digest("SHA-256");
      try (InputStream in =
          new DigestInputStream(
              new BufferedInputStream(Files.newInputStream(file), 1 << 16), sha256)) {
        records.read(file.toString(), i, in, Files.size(file));
        in.transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw FileContent.cannotRead(file, e);
      }
      files.add(
          new VerifiedFile(file, Checksum.hex(sha256), VerifiedFile.Verification.NOT_VERIFIED));
    }
    return records.images(folder.toString());
  }
}
