package org.learn2mix.data.locate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.SortedMap;

/**
 * One checksum for a folder of many files (the extracted IMDB reviews, an image folder), for
 * provenance where listing every file would drown the record: SHA-256 over, for each file in the
 * order of its relative path, the path in UTF-8 with '/' separators, a zero byte and the file's own
 * 32-byte SHA-256. Two folders get the same value exactly when they hold the same files with the
 * same content.
 */
public final class FolderDigest {
  private FolderDigest() {}

  /**
   * The folder checksum.
   *
   * @param fileSha256 each file's path relative to the folder, with '/' separators, and the 32-byte
   *     SHA-256 of its bytes; digested in the map's order, which must be the order of the paths
   * @return 64 lower-case hex digits
   */
  public static String of(SortedMap<String, byte[]> fileSha256) {
    MessageDigest digest = Checksum.digest("SHA-256");
    for (Map.Entry<String, byte[]> file : fileSha256.entrySet()) {
      digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(file.getValue());
    }
    return Checksum.hex(digest);
  }

  /**
   * The SHA-256 of {@code bytes}, one file's entry in a folder checksum.
   *
   * @param bytes a file's bytes
   * @return the 32 bytes of the digest
   */
  public static byte[] sha256(byte[] bytes) {
    return Checksum.digest("SHA-256").digest(bytes);
  }
}
