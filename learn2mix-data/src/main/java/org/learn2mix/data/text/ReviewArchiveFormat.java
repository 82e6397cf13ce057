package org.learn2mix.data.text;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.DataFormat;
import org.learn2mix.data.locate.RemoteFile;

/**
 * The Large Movie Review Dataset layout: {@code aclImdb/{train,test}/{pos,neg}/*.txt}, one review
 * per file, in the official {@code .tar.gz} archive or extracted from it.
 *
 * <p>A folder holds the data set if it holds a known archive (read directly, without extracting,
 * and verified by its SHA-256), or the extracted {@code aclImdb/} folder, or directly the {@code
 * train/} and {@code test/} folders. Extracted files have no published checksum, so they are read
 * but not verified. When several are there, the first known archive wins, because it can be
 * verified. Anything else in the archive or folder ({@code unsup/}, the bag-of-words {@code .feat}
 * files, the URL lists) is skipped.
 *
 * @param archives the archives recognised, by file name with their checksums, official one first
 * @param url the official archive's download location
 * @param reviewsPerFolder how many reviews each of the four folders must hold
 */
public record ReviewArchiveFormat(List<KnownArchive> archives, URI url, int reviewsPerFolder)
    implements DataFormat<LoadedReviews> {
  /** The folder inside the archive. */
  static final String FOLDER = "aclImdb";

  /** The official splits and labels, in the order the labels are numbered (negative = 0). */
  static final List<String> SPLITS = List.of("train", "test");

  static final List<String> LABELS = List.of("neg", "pos");

  /**
   * An archive this format reads, by name.
   *
   * @param fileName the archive's name in the data set folder, e.g. {@code aclImdb_v1.tar.gz}
   * @param checksum the SHA-256 of its bytes, which it must have
   */
  public record KnownArchive(String fileName, Checksum checksum) {}

  /**
   * Copies the list and checks there is an archive to download.
   *
   * @param archives the archives recognised, official one first; copied
   * @param url the official archive's download location
   * @param reviewsPerFolder how many reviews each of the four folders must hold, at least 1
   * @throws IllegalArgumentException if there is no archive or {@code reviewsPerFolder < 1}
   */
  public ReviewArchiveFormat {
    archives = List.copyOf(archives);
    if (archives.isEmpty() || reviewsPerFolder < 1) {
      throw new IllegalArgumentException("a review format needs an archive and reviews");
    }
  }

  @Override
  public List<RemoteFile> remoteFiles() {
    KnownArchive official = archives.get(0);
    return List.of(new RemoteFile(official.fileName(), url, official.checksum()));
  }

  @Override
  public List<String> missing(Path folder) {
    return archive(folder) != null || extractedFolder(folder) != null
        ? List.of()
        : List.of(archives.get(0).fileName());
  }

  @Override
  public String expectedFiles() {
    List<String> names = archives.stream().map(KnownArchive::fileName).toList();
    String others =
        names.size() == 1 ? "" : " (or " + String.join(", ", names.subList(1, names.size())) + ")";
    return names.get(0)
        + others
        + ", or the "
        + FOLDER
        + "/ folder extracted from it, with train/ and test/ each holding pos/ and neg/";
  }

  @Override
  public LoadedReviews read(Path folder, List<String> classNames) {
    KnownArchive archive = archive(folder);
    if (archive != null) {
      return ReviewReader.readArchive(
          this, folder.resolve(archive.fileName()), archive, classNames);
    }
    Path extracted = extractedFolder(folder);
    if (extracted == null) {
      throw new DataSetException(folder + ": has no " + expectedFiles());
    }
    return ReviewReader.readFolder(this, extracted, classNames);
  }

  /** The first known archive in {@code folder}, or null. */
  KnownArchive archive(Path folder) {
    return archives.stream()
        .filter(a -> Files.isRegularFile(folder.resolve(a.fileName())))
        .findFirst()
        .orElse(null);
  }

  /** The folder holding the four review folders: the archive's sub-folder, or this one; or null. */
  static Path extractedFolder(Path folder) {
    for (Path candidate : List.of(folder.resolve(FOLDER), folder)) {
      boolean complete =
          SPLITS.stream()
              .allMatch(
                  split ->
                      LABELS.stream()
                          .allMatch(
                              label -> Files.isDirectory(candidate.resolve(split + "/" + label))));
      if (complete) {
        return candidate;
      }
    }
    return null;
  }

  /** This format with another count per folder and other archives: small archives in tests. */
  ReviewArchiveFormat with(List<KnownArchive> otherArchives, int otherReviewsPerFolder) {
    return new ReviewArchiveFormat(otherArchives, url, otherReviewsPerFolder);
  }
}
