package org.learn2mix.data.locate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.LoadedData;

/**
 * How one kind of data set lies in a folder: which files make it complete, which official files can
 * be downloaded, and how the files are read and verified into a {@code T}. The {@link DataLocator}
 * decides which folder; the format decides what is in it. Formats know nothing of the published
 * data sets: a {@link DataSet} names one and configures its format.
 *
 * @param <T> what the files are read into
 */
public interface DataFormat<T extends LoadedData> {
  /**
   * The official files, as downloaded into an empty cache folder.
   *
   * @return the files, empty when the data set is never downloaded automatically
   */
  List<RemoteFile> remoteFiles();

  /**
   * What {@code folder} still lacks of a complete data set.
   *
   * @param folder the folder to look into; it need not exist
   * @return the names of the missing files or folders, the names of {@link #remoteFiles()} where
   *     those are missing; empty when the folder holds a complete data set
   */
  List<String> missing(Path folder);

  /**
   * The files a complete folder holds, in words, for messages.
   *
   * @return e.g. {@code the four IDX files ...}
   */
  String expectedFiles();

  /**
   * Reads, checks and verifies the data set in {@code folder}.
   *
   * @param folder a folder for which {@link #missing} is empty
   * @param classNames the class names the data set's configuration gives, in label order; formats
   *     that find their classes in the files (image folders) or have none (tables) ignore it
   * @return what was read, with the files it came from
   * @throws DataSetException if a file is missing, malformed or fails its checksum
   */
  T read(Path folder, List<String> classNames);

  /**
   * What a listing of the data sets says of a found folder instead of reading it, for formats whose
   * reading is slow and verifies nothing (image folders have no published checksums).
   *
   * @return the words for a listing, or empty when a listing reads and verifies the files
   */
  default Optional<String> listedUnread() {
    return Optional.empty();
  }
}
