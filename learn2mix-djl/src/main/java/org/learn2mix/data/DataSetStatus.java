package org.learn2mix.data;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a data set was found and whether its files verified, for a listing of the data sets.
 *
 * @param id the data set's id, e.g. {@code mnist}
 * @param origin which of the searched places holds it; null if none does
 * @param folder the folder it was found in; null if not found
 * @param files the files read, with their checksums; empty if not found or unreadable
 * @param problem why it is not found or not usable, one line; null if it loaded
 */
public record DataSetStatus(
    String id, Origin origin, Path folder, List<VerifiedFile> files, String problem) {
  /** Copies the list and checks that a found data set has a folder. */
  public DataSetStatus {
    files = List.copyOf(files);
    if ((origin == null) != (folder == null)) {
      throw new IllegalArgumentException("origin and folder must both be set or both unset");
    }
    if (origin == null && problem == null) {
      throw new IllegalArgumentException("a data set that was not found needs a problem");
    }
  }

  /** The places the locator searches, in order. */
  public enum Origin {
    /** The folder named on the command line. */
    DATA_DIR("--data-dir"),
    /** A sub-folder of {@code $LEARN2MIX_DATA}. */
    ENVIRONMENT("$" + SearchPaths.DATA_VARIABLE),
    /** The per-user cache, where downloads go. */
    CACHE("cache"),
    /** A folder where an operating-system package installed it. */
    SYSTEM("system package");

    private final String label;

    Origin(String label) {
      this.label = label;
    }

    /** How a listing names the place, e.g. {@code $LEARN2MIX_DATA}. */
    public String label() {
      return label;
    }
  }

  /** Whether it was found. */
  public boolean found() {
    return origin != null;
  }

  /** Whether it was found, read without error, and every file matched a published checksum. */
  public boolean verified() {
    return found() && problem == null && files.stream().allMatch(VerifiedFile::verified);
  }

  /**
   * One line for a listing, e.g. {@code mnist: /data/mnist ($LEARN2MIX_DATA), 4 files verified}.
   */
  public String describe() {
    if (!found()) {
      return id + ": " + problem;
    }
    String where = id + ": " + folder + " (" + origin.label() + ")";
    if (problem != null) {
      return where + ", unusable: " + problem;
    }
    long verifiedFiles = files.stream().filter(VerifiedFile::verified).count();
    if (verifiedFiles == files.size()) {
      return where + ", " + files.size() + " file(s) verified";
    }
    return where
        + ", "
        + (files.size() - verifiedFiles)
        + " of "
        + files.size()
        + " file(s) "
        + VerifiedFile.Verification.NOT_VERIFIED.description();
  }
}
