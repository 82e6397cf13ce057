package org.learn2mix.data;

import java.nio.file.Path;

/**
 * A data file that was read, with its checksum for provenance and how far it was verified.
 *
 * @param path where the file was read from
 * @param sha256 SHA-256 of what was checked, in lower-case hex: the decompressed content for the
 *     (possibly gzip-compressed) IDX files, whose published checksums are of the content, and the
 *     bytes of the file itself for everything else
 * @param verification whether, and against what, the file was verified
 */
public record VerifiedFile(Path path, String sha256, Verification verification) {
  /**
   * Checks that every part is there and the checksum looks like one.
   *
   * @param path where the file (or, for a {@link org.learn2mix.data.locate.FolderDigest}, the
   *     folder) was read from
   * @param sha256 SHA-256 of what was checked, 64 lower-case hex digits
   * @param verification whether, and against what, the file was verified
   * @throws IllegalArgumentException if {@code path} or {@code verification} is null, or {@code
   *     sha256} is not 64 lower-case hex digits
   */
  public VerifiedFile {
    if (path == null || verification == null) {
      throw new IllegalArgumentException("path and verification are required");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
    }
  }

  /**
   * Whether the file matched a published checksum.
   *
   * @return true for every verification but {@link Verification#NOT_VERIFIED}
   */
  public boolean verified() {
    return verification != Verification.NOT_VERIFIED;
  }

  /** How a data file was verified. */
  public enum Verification {
    /** The SHA-256 of the decompressed content equals the published value. */
    CONTENT_SHA256("content SHA-256 matches the published value"),
    /** The file is the official archive: its MD5 equals the published value. */
    ARCHIVE_MD5("archive MD5 matches the published value"),
    /** The file is a known archive: its SHA-256 equals the published value. */
    ARCHIVE_SHA256("archive SHA-256 matches the published value"),
    /** Nothing was published to compare with (files extracted from an archive). */
    NOT_VERIFIED("not verified: no published checksum for extracted files");

    private final String description;

    Verification(String description) {
      this.description = description;
    }

    /**
     * A short phrase for reports.
     *
     * @return e.g. {@code "not verified: no published checksum for extracted files"}
     */
    public String description() {
      return description;
    }
  }
}
