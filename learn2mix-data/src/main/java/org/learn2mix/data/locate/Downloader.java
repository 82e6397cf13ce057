package org.learn2mix.data.locate;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * Fetches a file from the network. An interface so that the locator can be tested, and used,
 * without a network: tests serve local bytes, corrupt bytes or failures.
 */
@FunctionalInterface
public interface Downloader {
  /**
   * Writes the content at {@code url} into {@code target}, replacing what it held. Need not be
   * atomic and need not check anything: the caller downloads to a temporary name and verifies.
   *
   * @param url where the content is published
   * @param target the file to write; its folder exists
   * @throws IOException if the content cannot be fetched completely
   */
  void fetch(URI url, Path target) throws IOException;
}
