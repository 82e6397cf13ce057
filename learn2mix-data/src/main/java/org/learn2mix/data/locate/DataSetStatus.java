package org.learn2mix.data.locate;

import java.nio.file.Path;
import java.util.List;
import org.learn2mix.data.VerifiedFile;

/**
 * Where a data set was found and whether its files verified, for a listing of the data sets.
 *
 * @param id the data set's id, e.g. {@code mnist}
 * @param origin which of the searched places holds it; null if none does
 * @param folder the folder it was found in; null if not found
 * @param files the files read, with their checksums; empty if not found or unreadable
 * @param problem why it is not found or not usable, one line; null if it loaded
 * @param unreadNote what a listing says of a found data set whose files were not read (see {@link
 *     DataFormat#listedUnread()}); null if they were read or not found
 */
public record DataSetStatus(
    String id,
    Origin origin,
    Path folder,
    List<VerifiedFile> files,
    String problem,
    String unreadNote) {
  /**
   * Copies the list and checks that a found data set has a folder and one not found a problem.
   *
   * @param id the data set's id, e.g. {@code mnist}
   * @param origin which of the searched places holds it, or null if none does
   * @param folder the folder it was found in, or null if not found
   * @param files the files read, with their checksums; empty if not found, not read or unreadable;
   *     copied
   * @param problem why it is not found or not usable, one line, or null if it loaded
   * @param unreadNote what a listing says instead of the files when they were not read, or null
   * @throws IllegalArgumentException if only one of {@code origin} and {@code folder} is set, or
   *     the data set was not found and no problem says why
   */
  public DataSetStatus {
    files = List.copyOf(files);
    if ((origin == null) != (folder == null)) {
      throw new IllegalArgumentException("origin and folder must both be set or both unset");
    }
    if (origin == null && problem == null) {
      throw new IllegalArgumentException("a data set that was not found needs a problem");
    }
  }

  /**
   * A data set that was not found or could not be looked for.
   *
   * @param id the data set's id
   * @param problem why, one line
   * @return a status without origin, folder or files
   */
  public static DataSetStatus problem(String id, String problem) {
    return new DataSetStatus(id, null, null, List.of(), problem, null);
  }

  /**
   * A data set found but not read, as its format asks of a listing.
   *
   * @param id the data set's id
   * @param origin where it was found
   * @param folder its folder
   * @param note what the listing says instead of the files
   * @return a status with origin and folder but no files
   */
  public static DataSetStatus unread(String id, Origin origin, Path folder, String note) {
    return new DataSetStatus(id, origin, folder, List.of(), null, note);
  }

  /** The places the locator searches, in order. */
  public enum Origin {
    /** The data folder the user named. */
    DATA_DIR("named data folder"),
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

    /**
     * How a listing names the place.
     *
     * @return a few words, e.g. {@code $LEARN2MIX_DATA} or {@code cache}
     */
    public String label() {
      return label;
    }
  }

  /**
   * Whether it was found.
   *
   * @return true if one of the searched places holds it (even if it did not read without error)
   */
  public boolean found() {
    return origin != null;
  }

  /**
   * Whether it was found, read without error, and every file matched a published checksum.
   *
   * @return true only if all three hold; false also for a data set whose files were not read
   */
  public boolean verified() {
    return found()
        && problem == null
        && unreadNote == null
        && files.stream().allMatch(VerifiedFile::verified);
  }

  /**
   * One line for a listing.
   *
   * @return the id, then the folder and its origin and what became of the files, e.g. {@code mnist:
   *     /data/mnist ($LEARN2MIX_DATA), 4 file(s) verified}, or the id and the problem of a data set
   *     not found
   */
  public String describe() {
    if (!found()) {
      return id + ": " + problem;
    }
    String where = id + ": " + folder + " (" + origin.label() + ")";
    if (problem != null) {
      return where + ", unusable: " + problem;
    }
    if (unreadNote != null) {
      return where + ", " + unreadNote;
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
