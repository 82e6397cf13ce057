package org.learn2mix.data;

import java.nio.file.Path;
import java.util.List;

/**
 * The published tabular data sets, each with its official CSV files, their checksums and download
 * locations, and a loader that finds (or downloads) and verifies them.
 */
public enum TableSource {
  /** UCI Wine Quality: 1,599 red and 4,898 white wines, {@code ;}-separated. */
  WINE_QUALITY("wine-quality", WineQuality.files()),
  /** Géron's California housing: 20,640 districts, comma-separated. */
  CALIFORNIA_HOUSING("california-housing", CaliforniaHousing.files());

  private final TableSpec spec;

  TableSource(String id, List<CsvFile> files) {
    this.spec = new TableSpec(id, files);
  }

  /** The short name used for folders, e.g. {@code wine-quality}. */
  public String id() {
    return spec.id();
  }

  /** The official files, with their download locations and published checksums. */
  public List<RemoteFile> officialFiles() {
    return spec.remoteFiles();
  }

  /** The files a folder must hold, in words, e.g. for help texts. */
  public String expectedFiles() {
    return spec.expectedFiles();
  }

  /**
   * Finds, verifies and reads this data set, downloading it into the per-user cache if it is
   * nowhere else; see {@link DataLocator} for where it looks.
   *
   * @param dataDirOrNull a folder the user named (it must hold the files), or null to search
   * @throws DataSetException if it cannot be found, downloaded, verified or read
   */
  public LoadedTables load(Path dataDirOrNull) {
    return DataLocator.standard().load(this, dataDirOrNull);
  }

  TableSpec spec() {
    return spec;
  }
}
