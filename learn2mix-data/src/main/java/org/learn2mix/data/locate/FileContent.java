package org.learn2mix.data.locate;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.learn2mix.data.DataSetException;

/**
 * Reads a data file's content, decompressing it when it is gzip-compressed.
 *
 * <p>Compression is recognised by the gzip magic bytes, not by the file name: users rename files,
 * and some mirrors serve decompressed content under a {@code .gz} name.
 */
public final class FileContent {
  private static final int BUFFER = 1 << 16;

  private FileContent() {}

  /**
   * Whether {@code bytes} begin like a gzip stream (1f 8b).
   *
   * @param bytes the start of a file's content; fewer than two bytes are never gzip
   * @return true if the first two bytes are the gzip magic number
   */
  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /**
   * The whole content of {@code file}, decompressed if it is gzip-compressed.
   *
   * @param file the file to read
   * @return its content, decompressed when it starts with the gzip magic number
   * @throws DataSetException if the file does not exist or cannot be read, or its gzip data is
   *     damaged or truncated
   */
  public static byte[] read(Path file) {
    byte[] raw;
    try {
      raw = Files.readAllBytes(file);
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    if (!isGzip(raw)) {
      return raw;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), BUFFER)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw damagedGzip(file, e);
    }
  }

  /**
   * {@code raw} as a buffered stream, decompressing on the fly if it starts with the gzip magic.
   * The caller closes the returned stream, which closes {@code raw}.
   *
   * @param raw a file's bytes, from their start
   * @return the content, decompressed if gzip-compressed, buffered
   * @throws IOException if the first bytes cannot be read, or the gzip header is malformed
   */
  public static InputStream decompressing(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
    in.mark(2);
    byte[] magic = in.readNBytes(2);
    in.reset();
    return isGzip(magic) ? new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER) : in;
  }

  /**
   * The exception for a file or folder that could not be read at all.
   *
   * @param file the file or folder, named in the message
   * @param e what reading threw; a {@link NoSuchFileException} is reported as {@code no such file},
   *     anything else by its type and text; it becomes the cause
   * @return the exception, for the caller to throw
   */
  public static DataSetException cannotRead(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new DataSetException(file + ": no such file", e);
    }
    return new DataSetException(file + ": cannot read: " + DataSetException.reason(e), e);
  }

  /**
   * The exception for a gzip stream that ends early or holds corrupt data.
   *
   * @param file the compressed file, named in the message
   * @param e what decompressing threw: an {@link EOFException} is reported as truncated data, a
   *     {@link ZipException} as damaged data, anything else by its type and text; it becomes the
   *     cause
   * @return the exception, for the caller to throw; its message says to download the file again
   */
  public static DataSetException damagedGzip(Path file, IOException e) {
    String what =
        e instanceof EOFException
            ? "truncated gzip data (the file ends before the compressed stream does)"
            : e instanceof ZipException
                ? "damaged gzip data (" + e.getMessage() + ")"
                : "cannot decompress: " + DataSetException.reason(e);
    return new DataSetException(
        file + ": " + what + "; download it again or replace it with the official file", e);
  }
}
