package org.learn2mix.data.locate;

import java.nio.file.Path;
import java.util.List;
import org.learn2mix.data.LoadedData;

/**
 * A data set as the {@link DataLocator} finds it: the folder name it goes by, its class names, the
 * format of its files, and where else it may be installed. The catalogue of the paper's data sets
 * is a list of these; tests make their own with small files and their own checksums.
 *
 * @param id the folder name under the data and cache folders, e.g. {@code mnist}: lower-case
 *     letters, digits and dashes
 * @param classNames one name per label, in label order; empty where the format finds its classes in
 *     the files or has none
 * @param format the files and how to read them
 * @param systemFolder the folder under the system's data set folder where an operating-system
 *     package installs this data set, or null if none does
 * @param obtainByHand how a user gets the files when the format has no {@link
 *     DataFormat#remoteFiles()} to download, e.g. {@code download ... and extract it}; null for a
 *     data set that is downloaded automatically
 * @param <T> what the files are read into
 */
public record DataSet<T extends LoadedData>(
    String id,
    List<String> classNames,
    DataFormat<T> format,
    String systemFolder,
    String obtainByHand) {
  /**
   * Copies the names and checks the id and that the data set can be had somehow.
   *
   * @param id the folder name under the data and cache folders: lower-case letters, digits and
   *     dashes, starting with a letter or digit
   * @param classNames one name per label, in label order, possibly empty; copied
   * @param format the files and how to read them
   * @param systemFolder the folder an operating-system package installs it in, relative to the
   *     system's data set folder, or null if none does
   * @param obtainByHand how a user gets the files by hand, or null when the format downloads them
   * @throws IllegalArgumentException if the id is not a plain folder name, or if the format has
   *     nothing to download and no way to obtain the files by hand is given
   */
  public DataSet {
    classNames = List.copyOf(classNames);
    if (id == null || !id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("not a data set id: " + id);
    }
    if (format.remoteFiles().isEmpty() && obtainByHand == null) {
      throw new IllegalArgumentException(
          "data set " + id + " has nothing to download and no way to obtain it by hand");
    }
  }

  /**
   * A data set downloaded automatically when it is nowhere to be found.
   *
   * @param id the folder name, see {@link #id()}
   * @param classNames one name per label, see {@link #classNames()}
   * @param format the files and how to read them; it must name files to download
   * @param systemFolder see {@link #systemFolder()}, or null
   * @param <T> what the files are read into
   * @return the data set
   * @throws IllegalArgumentException if the id is not a plain folder name or the format names no
   *     file to download
   */
  public static <T extends LoadedData> DataSet<T> downloaded(
      String id, List<String> classNames, DataFormat<T> format, String systemFolder) {
    return new DataSet<>(id, classNames, format, systemFolder, null);
  }

  /**
   * Reads the data set in {@code folder} with its format and class names.
   *
   * @param folder a folder holding the whole data set
   * @return what was read
   * @throws org.learn2mix.data.DataSetException if a file is missing, malformed or fails its
   *     checksum
   */
  public T read(Path folder) {
    return format.read(folder, classNames);
  }
}
