package org.learn2mix.data;

import java.nio.file.Path;
import java.util.List;

/**
 * A data set read by a {@link DataFormat}: what the data locator needs to know of it. {@link
 * ImageSource} and {@link Imdb} supply the published ones; tests make their own with small files
 * and their own checksums.
 *
 * @param id the folder name under the data and cache folders, e.g. {@code mnist}
 * @param classNames one name per label
 * @param format the files and how to read them
 * @param systemFolder the folder under the system's data set folder where an operating-system
 *     package installs this data set, or null if none does
 * @param <T> what the files are read into
 */
record DataSetSpec<T extends LoadedData>(
    String id, List<String> classNames, DataFormat<T> format, String systemFolder)
    implements DataSetFiles<T> {
  /** Copies the names and checks the id is a plain folder name. */
  DataSetSpec {
    classNames = List.copyOf(classNames);
    checkId(id);
  }

  /** Throws unless {@code id} can name a folder: lower-case letters, digits and dashes. */
  static void checkId(String id) {
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("not a data set id: " + id);
    }
  }

  @Override
  public List<RemoteFile> remoteFiles() {
    return format.remoteFiles();
  }

  @Override
  public List<RemoteFile> missing(Path folder) {
    return format.missing(folder);
  }

  @Override
  public String expectedFiles() {
    return format.expectedFiles();
  }

  @Override
  public T read(Path folder) {
    return format.read(folder, classNames);
  }
}
