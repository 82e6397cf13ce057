package org.learn2mix.data;

import java.util.List;

/**
 * What the data locator needs to know of a data set. {@link ImageSource} and {@link Imdb} supply
 * the published ones; tests make their own with small files and their own checksums.
 *
 * @param id the folder name under the data and cache folders, e.g. {@code mnist}
 * @param classNames one name per label
 * @param format the files and how to read them
 * @param systemFolder the folder under the system's data set folder where an operating-system
 *     package installs this data set, or null if none does
 * @param <T> what the files are read into
 */
record DataSetSpec<T>(
    String id, List<String> classNames, DataFormat<T> format, String systemFolder) {
  /** Copies the names and checks the id is a plain folder name. */
  DataSetSpec {
    classNames = List.copyOf(classNames);
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("not a data set id: " + id);
    }
  }
}
