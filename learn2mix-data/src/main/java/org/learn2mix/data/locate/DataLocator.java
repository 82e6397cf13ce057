package org.learn2mix.data.locate;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.locate.DataSetStatus.Origin;

/**
 * Finds any data set's files, whatever their format, downloading them when they are nowhere.
 *
 * <p>Where it looks, in order:
 *
 * <ol>
 *   <li>the data folder the user named, or its sub-folder named after the data set; if a folder is
 *       named, the files must be there: nothing else is searched, so that a typo never silently
 *       reads (or downloads) other data;
 *   <li>{@code $LEARN2MIX_DATA/<id>};
 *   <li>the per-user cache {@code ${XDG_CACHE_HOME:-~/.cache}/learn2mix/<id>};
 *   <li>the folder where an operating-system package installs it (Debian's {@code
 *       /usr/share/datasets/fashion-mnist});
 *   <li>otherwise the official files are downloaded into the cache, verified before they get their
 *       final names; a data set without official files to download names how to get it by hand.
 * </ol>
 *
 * A folder counts as holding the data set when its format finds nothing missing; its files are then
 * verified as they are read, and a mismatch is an error rather than a reason to look elsewhere.
 */
public final class DataLocator {
  private static final System.Logger LOG = System.getLogger(DataLocator.class.getName());

  private final SearchPaths paths;
  private final VerifiedDownloads downloads;

  /**
   * A locator searching {@code paths} and downloading with {@code downloader}.
   *
   * @param paths the folders searched besides a named one
   * @param downloader fetches official files that are nowhere to be found
   */
  public DataLocator(SearchPaths paths, Downloader downloader) {
    this.paths = paths;
    this.downloads = new VerifiedDownloads(downloader);
  }

  /**
   * The locator of this machine: its environment, its user's cache, downloads over HTTP.
   *
   * @return a locator searching {@link SearchPaths#ofThisMachine()} and downloading with an {@link
   *     HttpDownloader}
   */
  public static DataLocator standard() {
    return new DataLocator(SearchPaths.ofThisMachine(), new HttpDownloader());
  }

  /**
   * Finds (or downloads), verifies and reads {@code dataSet}.
   *
   * @param dataSet the data set to load: its id names its folders, its format its files
   * @param dataDirOrNull a data folder the user named, or null to search
   * @param <T> what its files are read into
   * @return what was read, with the files it came from
   * @throws DataSetException if it cannot be found, downloaded, verified or read
   */
  public <T extends LoadedData> T load(DataSet<T> dataSet, Path dataDirOrNull) {
    Location where = find(dataSet, dataDirOrNull).orElseGet(() -> download(dataSet));
    try {
      return dataSet.read(where.folder());
    } catch (DataSetException e) {
      if (where.origin() != Origin.CACHE) {
        throw e;
      }
      throw new DataSetException(
          e.getMessage() + " (the cache: delete " + where.folder() + " to download it again)", e);
    }
  }

  /**
   * Where each of {@code dataSets} is and whether it verifies, reading every file (unless its
   * format says a listing should not) but downloading nothing.
   *
   * @param dataSets the data sets, in listing order
   * @param dataDirOrNull a data folder the user named, or null to search
   * @return one status per data set, in the same order
   */
  public List<DataSetStatus> survey(List<DataSet<?>> dataSets, Path dataDirOrNull) {
    return dataSets.stream().map(d -> survey(d, dataDirOrNull)).toList();
  }

  /**
   * Where {@code dataSet} is and whether it verifies, reading every file (unless its format says a
   * listing should not) but downloading nothing.
   *
   * @param dataSet the data set to look for
   * @param dataDirOrNull a data folder the user named, or null to search
   * @return its status; problems are in the status, never thrown
   */
  public DataSetStatus survey(DataSet<?> dataSet, Path dataDirOrNull) {
    Optional<Location> where;
    try {
      where = find(dataSet, dataDirOrNull);
    } catch (DataSetException e) {
      return DataSetStatus.problem(dataSet.id(), e.getMessage());
    }
    if (where.isEmpty()) {
      return DataSetStatus.problem(dataSet.id(), notFound(dataSet));
    }
    Location found = where.get();
    Optional<String> unread = dataSet.format().listedUnread();
    if (unread.isPresent()) {
      return DataSetStatus.unread(dataSet.id(), found.origin(), found.folder(), unread.get());
    }
    try {
      LoadedData data = dataSet.read(found.folder());
      return new DataSetStatus(
          dataSet.id(), found.origin(), found.folder(), data.files(), null, null);
    } catch (DataSetException e) {
      return new DataSetStatus(
          dataSet.id(), found.origin(), found.folder(), List.of(), e.getMessage(), null);
    }
  }

  /** Why a data set that is nowhere would or could not be downloaded, one line. */
  private String notFound(DataSet<?> dataSet) {
    List<RemoteFile> remote = dataSet.format().remoteFiles();
    if (remote.isEmpty()) {
      return "not found, and not downloaded automatically: " + byHand(dataSet);
    }
    String urls = remote.stream().map(f -> f.url().toString()).collect(Collectors.joining(", "));
    return "not found; on first use it is downloaded into "
        + cacheFolder(dataSet)
        + " from "
        + urls;
  }

  /**
   * The first place holding the whole data set, without downloading or reading it.
   *
   * @param dataSet the data set to look for
   * @param dataDir a data folder the user named, or null to search
   * @return where it is, or empty when it is in none of the searched places
   * @throws DataSetException if {@code dataDir} is named but does not hold the data set
   */
  public Optional<Location> find(DataSet<?> dataSet, Path dataDir) {
    if (dataDir != null) {
      return Optional.of(inDataDir(dataSet, dataDir));
    }
    for (Location candidate : searched(dataSet)) {
      List<String> missing = dataSet.format().missing(candidate.folder());
      if (missing.isEmpty()) {
        return Optional.of(candidate);
      }
      if (Files.isDirectory(candidate.folder()) && candidate.origin() != Origin.CACHE) {
        LOG.log(Level.WARNING, "ignoring {0}: it lacks {1}", candidate.folder(), missing.get(0));
      }
    }
    return Optional.empty();
  }

  private Location inDataDir(DataSet<?> dataSet, Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      throw new DataSetException(dataDir + ": no such folder (named as the data folder)");
    }
    Path subFolder = dataDir.resolve(dataSet.id());
    for (Path folder : List.of(dataDir, subFolder)) {
      if (dataSet.format().missing(folder).isEmpty()) {
        return new Location(Origin.DATA_DIR, folder);
      }
    }
    throw new DataSetException(
        String.format(
            "%s: no %s data set here: missing %s (nor in %s); the folder must hold %s",
            dataDir,
            dataSet.id(),
            dataSet.format().missing(dataDir).get(0),
            subFolder,
            dataSet.format().expectedFiles()));
  }

  private List<Location> searched(DataSet<?> dataSet) {
    List<Location> places = new ArrayList<>();
    if (paths.dataRoot() != null) {
      places.add(new Location(Origin.ENVIRONMENT, paths.dataRoot().resolve(dataSet.id())));
    }
    places.add(new Location(Origin.CACHE, cacheFolder(dataSet)));
    if (paths.systemRoot() != null && dataSet.systemFolder() != null) {
      places.add(new Location(Origin.SYSTEM, paths.systemRoot().resolve(dataSet.systemFolder())));
    }
    return places;
  }

  private Location download(DataSet<?> dataSet) {
    if (dataSet.format().remoteFiles().isEmpty()) {
      throw new DataSetException(dataSet.id() + ": " + notFound(dataSet));
    }
    Path cache = cacheFolder(dataSet);
    List<String> missing = dataSet.format().missing(cache);
    List<RemoteFile> toFetch =
        dataSet.format().remoteFiles().stream()
            .filter(f -> missing.contains(f.fileName()))
            .toList();
    downloads.fetch(cache, toFetch, elsewhere(dataSet));
    return new Location(Origin.CACHE, cache);
  }

  /** The other ways to provide the files, for the end of a message. */
  private String elsewhere(DataSet<?> dataSet) {
    return "or name a data folder holding "
        + dataSet.format().expectedFiles()
        + ", or put them into "
        + dataRootFolder(dataSet);
  }

  private String byHand(DataSet<?> dataSet) {
    return dataSet.obtainByHand()
        + "; then name the folder holding "
        + dataSet.format().expectedFiles()
        + " as the data folder, or put them into "
        + (paths.dataRoot() != null
            ? paths.dataRoot().resolve(dataSet.id())
            : cacheFolder(dataSet));
  }

  private String dataRootFolder(DataSet<?> dataSet) {
    return "$" + SearchPaths.DATA_VARIABLE + "/" + dataSet.id();
  }

  private Path cacheFolder(DataSet<?> dataSet) {
    return paths.cacheRoot().resolve(dataSet.id());
  }

  /**
   * A searched place and its folder.
   *
   * @param origin which kind of place it is
   * @param folder the folder that holds, or was searched for, the data set's files
   */
  public record Location(Origin origin, Path folder) {}
}
