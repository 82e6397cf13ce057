package org.learn2mix.data;

import java.nio.file.Path;
import java.util.List;

/**
 * A data set as the {@link DataLocator} sees it: the folder name it goes by, the official files
 * that make it whole, and how to read a folder holding them. Images and tables differ only in the
 * last.
 *
 * @param <T> what reading gives
 */
interface DataSetFiles<T extends LoadedData> {
  /** The folder name under the data and cache folders, e.g. {@code mnist}. */
  String id();

  /**
   * The folder under the system's data set folder where an operating-system package installs this
   * data set, or null if none does.
   */
  String systemFolder();

  /** The official files, as downloaded into an empty cache folder. */
  List<RemoteFile> remoteFiles();

  /** The official files {@code folder} still lacks; empty when it holds a complete data set. */
  List<RemoteFile> missing(Path folder);

  /** The files a complete folder holds, in words, for messages. */
  String expectedFiles();

  /**
   * Reads, checks and verifies the data set in {@code folder}.
   *
   * @throws DataSetException if a file is missing, malformed or fails its checksum
   */
  T read(Path folder);
}
