package org.learn2mix.data.locate;

import java.net.URI;

/**
 * A data file as it is published: its name, where it is downloaded from, and its checksum.
 *
 * @param fileName the name the file is stored under, e.g. {@code train-images-idx3-ubyte.gz}
 * @param url the official download location
 * @param checksum the published checksum the file must match
 */
public record RemoteFile(String fileName, URI url, Checksum checksum) {
  /**
   * Checks that the name is a plain file name, so that a download stays in its folder.
   *
   * @param fileName the name the file is stored under: not empty, no {@code /} or {@code \}, not
   *     starting with a dot
   * @param url the official download location
   * @param checksum the published checksum the file must match
   * @throws IllegalArgumentException if the name is not a plain file name, or the URL or checksum
   *     is null
   */
  public RemoteFile {
    if (fileName == null
        || fileName.isEmpty()
        || fileName.contains("/")
        || fileName.contains("\\")
        || fileName.startsWith(".")) {
      throw new IllegalArgumentException("not a plain file name: " + fileName);
    }
    if (url == null || checksum == null) {
      throw new IllegalArgumentException("url and checksum are required for " + fileName);
    }
  }
}
