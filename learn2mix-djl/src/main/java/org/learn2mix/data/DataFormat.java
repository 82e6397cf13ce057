package org.learn2mix.data;

import java.nio.file.Path;
import java.util.List;

/**
 * How one data set lies in a folder: which files make it complete, where the official ones are
 * downloaded from, and how they are read and verified into a {@code T}. The data locator decides
 * which folder; the format decides what is in it.
 *
 * @param <T> what the files are read into
 */
interface DataFormat<T extends LoadedData> {
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
  T read(Path folder, List<String> classNames);
}
