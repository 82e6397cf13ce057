package org.learn2mix.data.locate;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipException;
import org.learn2mix.data.DataSetException;

/**
 * A published checksum of a data file.
 *
 * @param algorithm the {@link MessageDigest} algorithm, {@code SHA-256} or {@code MD5}
 * @param expected the published value, lower-case hex
 * @param ofContent whether the value is of the decompressed content (so that an official {@code
 *     .gz} file, a recompressed copy and the uncompressed file all verify) rather than of the bytes
 *     of the file
 */
public record Checksum(String algorithm, String expected, boolean ofContent) {
  /**
   * Checks the algorithm exists and normalises the value to lower case.
   *
   * @param algorithm the {@link MessageDigest} algorithm name, e.g. {@code SHA-256} or {@code MD5}
   * @param expected the published value in hex, either case; kept in lower case
   * @param ofContent whether the value is of the decompressed content rather than of the file's
   *     bytes
   * @throws IllegalArgumentException if the JDK has no such algorithm or {@code expected} is empty
   *     or not hex
   */
  public Checksum {
    digest(algorithm);
    expected = expected.toLowerCase(Locale.ROOT);
    if (!expected.matches("[0-9a-f]+")) {
      throw new IllegalArgumentException("not a hex checksum: " + expected);
    }
  }

  /**
   * A SHA-256 of the decompressed content.
   *
   * @param hex the published value, hex in either case
   * @return a SHA-256 checksum of content with that value
   * @throws IllegalArgumentException if {@code hex} is empty or not hex
   */
  public static Checksum sha256OfContent(String hex) {
    return new Checksum("SHA-256", hex, true);
  }

  /**
   * A SHA-256 of the file's bytes, as published for the IMDB archive.
   *
   * @param hex the published value, hex in either case
   * @return a SHA-256 checksum of the file's bytes with that value
   * @throws IllegalArgumentException if {@code hex} is empty or not hex
   */
  public static Checksum sha256OfFile(String hex) {
    return new Checksum("SHA-256", hex, false);
  }

  /**
   * An MD5 of the file's bytes, as published for the CIFAR archives.
   *
   * @param hex the published value, hex in either case
   * @return an MD5 checksum of the file's bytes with that value
   * @throws IllegalArgumentException if {@code hex} is empty or not hex
   */
  public static Checksum md5OfFile(String hex) {
    return new Checksum("MD5", hex, false);
  }

  /**
   * Whether {@code actual} equals the published value.
   *
   * @param actual a computed value in hex, either case
   * @return true if it equals the published value, ignoring case; false otherwise, also for null
   */
  public boolean matches(String actual) {
    return expected.equalsIgnoreCase(actual);
  }

  /**
   * What the value is of, for messages.
   *
   * @return e.g. {@code "SHA-256 of the decompressed content"} or {@code "MD5 of the file"}
   */
  public String describe() {
    return algorithm + (ofContent ? " of the decompressed content" : " of the file");
  }

  /**
   * Throws unless {@code actual} matches.
   *
   * @param file the file the value was computed from, named in the message
   * @param actual the value computed, in hex
   * @throws DataSetException naming the file, the expected and the actual value, if they differ
   */
  public void check(Path file, String actual) {
    if (!matches(actual)) {
      throw new DataSetException(
          file
              + ": checksum mismatch: "
              + describe()
              + " is "
              + actual
              + ", expected "
              + expected
              + "; the file is damaged or not the official one, replace it");
    }
  }

  /**
   * This checksum's algorithm applied to {@code file}, streaming it; a checksum of content
   * decompresses a gzip-compressed file first (an uncompressed one is digested as it is).
   *
   * @param file the file to digest
   * @return the value, lower-case hex
   * @throws DataSetException if the file cannot be read, or its gzip data is damaged or truncated
   */
  public String compute(Path file) {
    MessageDigest digest = digest(algorithm);
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            new DigestInputStream(
                ofContent ? FileContent.decompressing(raw) : new BufferedInputStream(raw),
                digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (ZipException | EOFException e) {
      throw FileContent.damagedGzip(file, e);
    } catch (IOException e) {
      throw FileContent.cannotRead(file, e);
    }
    return hex(digest);
  }

  /**
   * This checksum's algorithm applied to {@code content}, which is digested as it is.
   *
   * @param content the bytes to digest: the decompressed content for a checksum of content, the
   *     file's bytes otherwise
   * @return the value, lower-case hex
   */
  public String compute(byte[] content) {
    MessageDigest digest = digest(algorithm);
    digest.update(content);
    return hex(digest);
  }

  /**
   * SHA-256 of {@code bytes}.
   *
   * @param bytes the bytes to digest
   * @return 64 lower-case hex digits
   */
  public static String sha256(byte[] bytes) {
    MessageDigest digest = digest("SHA-256");
    digest.update(bytes);
    return hex(digest);
  }

  /**
   * A fresh digest; every JDK has SHA-256 and MD5, so a missing one is a programming error.
   *
   * @param algorithm the {@link MessageDigest} algorithm name, e.g. {@code SHA-256}
   * @return a new digest, not yet fed
   * @throws IllegalArgumentException if the JDK has no such algorithm
   */
  public static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("no such digest algorithm: " + algorithm, e);
    }
  }

  /**
   * The digest's value; completes and resets the digest.
   *
   * @param digest a digest fed with everything to be digested
   * @return its value, lower-case hex
   */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
