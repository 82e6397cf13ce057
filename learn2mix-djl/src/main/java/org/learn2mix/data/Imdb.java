package org.learn2mix.data;

import java.nio.file.Path;
import java.util.List;

/**
 * The Large Movie Review Dataset (Maas et al. 2011): 50,000 IMDB reviews, 25,000 negative and
 * 25,000 positive, published as 25,000 training and 25,000 test reviews in {@code
 * aclImdb_v1.tar.gz}. Found like the image data sets (see {@link DataLocator}) under the id {@code
 * imdb}, downloaded from Stanford with a SHA-256 check when it is nowhere.
 */
public final class Imdb {
  /** The data set's folder name and command-line name. */
  public static final String ID = "imdb";

  /** The class names in label order: class 1 is negative, class 2 positive. */
  public static final List<String> CLASS_NAMES = List.of("negative", "positive");

  private static final DataSetSpec<LoadedReviews> SPEC =
      new DataSetSpec<>(ID, CLASS_NAMES, ImdbFormat.published(), null);

  private Imdb() {}

  /**
   * Finds, verifies and reads the reviews, downloading the archive into the per-user cache if it is
   * nowhere else.
   *
   * @param dataDirOrNull a folder the user named (it must hold the files), or null to search
   * @throws DataSetException if they cannot be found, downloaded, verified or read
   */
  public static LoadedReviews load(Path dataDirOrNull) {
    return DataLocator.standard().load(SPEC, dataDirOrNull);
  }

  /** Where the reviews are and whether they verify, reading them but downloading nothing. */
  public static DataSetStatus survey(Path dataDirOrNull) {
    return DataLocator.standard().survey(SPEC, dataDirOrNull);
  }

  /** The official archive, with its download location and published checksum. */
  public static List<RemoteFile> officialFiles() {
    return SPEC.format().remoteFiles();
  }

  /** The files a folder must hold, in words, e.g. for help texts. */
  public static String expectedFiles() {
    return SPEC.format().expectedFiles();
  }

  static DataSetSpec<LoadedReviews> spec() {
    return SPEC;
  }
}
