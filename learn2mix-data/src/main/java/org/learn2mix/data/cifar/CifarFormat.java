package org.learn2mix.data.cifar;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.DataFormat;
import org.learn2mix.data.locate.RemoteFile;

/**
 * The binary CIFAR layout: fixed-size records of label byte(s) and 3,072 pixel bytes (32x32, the
 * red plane, then green, then blue), in batch files inside one official {@code .tar.gz} archive.
 *
 * <p>A folder holds the data set if it holds the archive (read directly, without extracting, and
 * verified by its published MD5), or the batch files extracted from it, either in the archive's own
 * sub-folder or directly. Extracted files have no published checksum, so they are read but not
 * verified. When both are there the archive wins, because it can be verified.
 *
 * @param archiveName the official archive's file name
 * @param archiveChecksum the archive's published MD5
 * @param url the archive's official download location
 * @param folderName the folder inside the archive that holds the batch files
 * @param train the training batch files
 * @param test the test batch files
 * @param coarseLabelFirst whether each record starts with a coarse label before the fine one
 *     (CIFAR-100); the fine label is the one used
 * @param classCount fine labels lie in 0..classCount-1
 */
public record CifarFormat(
    String archiveName,
    Checksum archiveChecksum,
    URI url,
    String folderName,
    Split train,
    Split test,
    boolean coarseLabelFirst,
    int classCount)
    implements DataFormat<LoadedImages> {
  /** Channels, rows and columns of every CIFAR image. */
  public static final int CHANNELS = 3, SIDE = 32;

  /** Pixel bytes per record. */
  public static final int PIXELS = CHANNELS * SIDE * SIDE;

  /** CIFAR-100 has 20 coarse classes. */
  public static final int COARSE_CLASSES = 20;

  /**
   * The batch files of one split.
   *
   * @param files file names, in the order their records are concatenated
   * @param recordsPerFile how many records each file must hold
   */
  public record Split(List<String> files, int recordsPerFile) {
    /**
     * Copies the list and checks the count.
     *
     * @param files file names, in the order their records are concatenated; copied
     * @param recordsPerFile how many records each file must hold, at least 1
     * @throws IllegalArgumentException if there is no file or {@code recordsPerFile < 1}
     */
    public Split {
      files = List.copyOf(files);
      if (files.isEmpty() || recordsPerFile < 1) {
        throw new IllegalArgumentException("a split needs files and at least one record each");
      }
    }

    /** Records in all files together. */
    int records() {
      return files.size() * recordsPerFile;
    }
  }

  /**
   * This format with other record counts per file: small files in tests.
   *
   * @param trainRecords records each training file must hold, at least 1
   * @param testRecords records each test file must hold, at least 1
   * @return a new format, the same but for the counts
   * @throws IllegalArgumentException if a count is below 1
   */
  public CifarFormat withRecordsPerFile(int trainRecords, int testRecords) {
    return new CifarFormat(
        archiveName,
        archiveChecksum,
        url,
        folderName,
        new Split(train.files(), trainRecords),
        new Split(test.files(), testRecords),
        coarseLabelFirst,
        classCount);
  }

  /**
   * This format with another archive checksum: archives written by tests.
   *
   * @param checksum the checksum the archive must match instead of the published MD5
   * @return a new format, the same but for the checksum
   */
  public CifarFormat withArchiveChecksum(Checksum checksum) {
    return new CifarFormat(
        archiveName, checksum, url, folderName, train, test, coarseLabelFirst, classCount);
  }

  /** Bytes per record: the label byte(s) and the pixels. */
  int recordSize() {
    return labelBytes() + PIXELS;
  }

  /** Label bytes at the start of each record. */
  int labelBytes() {
    return coarseLabelFirst ? 2 : 1;
  }

  @Override
  public List<RemoteFile> remoteFiles() {
    return List.of(new RemoteFile(archiveName, url, archiveChecksum));
  }

  @Override
  public List<String> missing(Path folder) {
    boolean complete =
        Files.isRegularFile(folder.resolve(archiveName)) || extractedFolder(folder) != null;
    return complete ? List.of() : List.of(archiveName);
  }

  @Override
  public String expectedFiles() {
    return archiveName
        + ", or the files extracted from it ("
        + String.join(", ", allFiles().toList())
        + "), in "
        + folderName
        + "/ or directly";
  }

  @Override
  public LoadedImages read(Path folder, List<String> classNames) {
    Path archive = folder.resolve(archiveName);
    if (Files.isRegularFile(archive)) {
      return CifarReader.readArchive(this, archive, classNames);
    }
    Path extracted = extractedFolder(folder);
    if (extracted == null) {
      throw new DataSetException(folder + ": has no " + expectedFiles());
    }
    return CifarReader.readFolder(this, extracted, classNames);
  }

  /** The folder holding every extracted batch file: the archive's sub-folder, or this one. */
  Path extractedFolder(Path folder) {
    for (Path candidate : List.of(folder.resolve(folderName), folder)) {
      if (allFiles().allMatch(f -> Files.isRegularFile(candidate.resolve(f)))) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Every batch file name, training files first.
   *
   * @return the names of the training files, then of the test files, each in their split's order
   */
  public Stream<String> allFiles() {
    return Stream.concat(train.files().stream(), test.files().stream());
  }
}
