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
  /** Checks the algorithm exists and normalises the value to lower case. */
  public Checksum {
    digest(algorithm);
    expected = expected.toLowerCase(Locale.ROOT);
    if (!expected.matches("[0-9a-f]+")) {
      throw new IllegalArgumentException("not a hex checksum: " + expected);
    }
  }

  /** A SHA-256 of the decompressed content. */
  public static Checksum sha256OfContent(String hex) {
    return new Checksum("SHA-256", hex, true);
  }

  /** A SHA-256 of the file's bytes, as published for the IMDB archive. */
  public static Checksum sha256OfFile(String hex) {
    return new Checksum("SHA-256", hex, false);
  }

  /** An MD5 of the file's bytes, as published for the CIFAR archives. */
  public static Checksum md5OfFile(String hex) {
    return new Checksum("MD5", hex, false);
  }

  /** Whether {@code actual} (hex) equals the published value. */
  public boolean matches(String actual) {
    return expected.equalsIgnoreCase(actual);
  }

  /** What the value is of, for messages: e.g. {@code "SHA-256 of the decompressed content"}. */
  public String describe() {
    return algorithm + (ofContent ? " of the decompressed content" : " of the file");
  }

  /**
   * Throws unless {@code actual} matches.
   *
   * @throws DataSetException naming the file, the expected and the actual value
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

  /** This checksum's algorithm applied to {@code file}, decompressing it first if of content. */
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

  /** This checksum's algorithm applied to {@code content}, already decompressed if of content. */
  public String compute(byte[] content) {
    MessageDigest digest = digest(algorithm);
    digest.update(content);
    return hex(digest);
  }

  /** SHA-256 of {@code bytes}, lower-case hex. */
  public static String sha256(byte[] bytes) {
    MessageDigest digest = digest("SHA-256");
    digest.update(bytes);
    return hex(digest);
  }

  /** A fresh digest; every JDK has SHA-256 and MD5, so a missing one is a programming error. */
  public static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("no such digest algorithm: " + algorithm, e);
    }
  }

  /** The digest's value, lower-case hex; resets the digest. */
  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }
}
