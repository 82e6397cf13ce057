package org.learn2mix.data;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learn2mix.data.DataSetStatus.Origin;

/**
 * Finds a data set's files, downloading them when they are nowhere.
 *
 * <p>Where it looks, in order:
 *
 * <ol>
 *   <li>the folder the user named ({@code --data-dir}), or its sub-folder named after the data set;
 *       if a folder is named, the files must be there: nothing else is searched, so that a typo
 *       never silently reads (or downloads) other data;
 *   <li>{@code $LEARN2MIX_DATA/<id>};
 *   <li>the per-user cache {@code ${XDG_CACHE_HOME:-~/.cache}/learn2mix/<id>};
 *   <li>the folder where an operating-system package installs it (Debian's {@code
 *       /usr/share/datasets/fashion-mnist});
 *   <li>otherwise the official files are downloaded into the cache, verified before they get their
 *       final names.
 * </ol>
 *
 * A folder counts as holding the data set when every file is there; its files are then verified as
 * they are read, and a mismatch is an error rather than a reason to look elsewhere.
 */
public final class DataLocator {
  private static final System.Logger LOG = System.getLogger(DataLocator.class.getName());

  private final SearchPaths paths;
  private final VerifiedDownloads downloads;

  /** A locator searching {@code paths} and downloading with {@code downloader}. */
  public DataLocator(SearchPaths paths, Downloader downloader) {
    this.paths = paths;
    this.downloads = new VerifiedDownloads(downloader);
  }

  /** The locator of this machine: its environment, its user's cache, downloads over HTTP. */
  public static DataLocator standard() {
    return new DataLocator(SearchPaths.ofThisMachine(), new HttpDownloader());
  }

  /**
   * Finds (or downloads), verifies and reads {@code source}.
   *
   * @param dataDirOrNull a folder the user named, or null to search
   * @throws DataSetException if it cannot be found, downloaded, verified or read
   */
  public LoadedImages load(ImageSource source, Path dataDirOrNull) {
    return load(source.spec(), dataDirOrNull);
  }

  /**
   * Where each image data set is and whether it verifies, reading every file but downloading
   * nothing.
   *
   * @param dataDirOrNull a folder the user named, or null to search
   */
  public List<DataSetStatus> survey(Path dataDirOrNull) {
    return Arrays.stream(ImageSource.values())
        .map(source -> survey(source.spec(), dataDirOrNull))
        .toList();
  }

  <T> T load(DataSetSpec<T> spec, Path dataDir) {
    Location where = find(spec, dataDir).orElseGet(() -> download(spec));
    try {
      return spec.format().read(where.folder(), spec.classNames());
    } catch (DataSetException e) {
      if (where.origin() != Origin.CACHE) {
        throw e;
      }
      throw new DataSetException(
          e.getMessage() + " (the cache: delete " + where.folder() + " to download it again)", e);
    }
  }

  <T> DataSetStatus survey(DataSetSpec<T> spec, Path dataDir) {
    Optional<Location> where;
    try {
      where = find(spec, dataDir);
    } catch (DataSetException e) {
      return new DataSetStatus(spec.id(), null, null, List.of(), e.getMessage());
    }
    if (where.isEmpty()) {
      String urls =
          spec.format().remoteFiles().stream()
              .map(f -> f.url().toString())
              .collect(Collectors.joining(", "));
      return new DataSetStatus(
          spec.id(),
          null,
          null,
          List.of(),
          "not found; on first use it is downloaded into " + cacheFolder(spec) + " from " + urls);
    }
    Location found = where.get();
    try {
      T loaded = spec.format().read(found.folder(), spec.classNames());
      return new DataSetStatus(
          spec.id(), found.origin(), found.folder(), spec.format().files(loaded), null);
    } catch (DataSetException e) {
      return new DataSetStatus(
          spec.id(), found.origin(), found.folder(), List.of(), e.getMessage());
    }
  }

  /** The first place holding the whole data set, without downloading. */
  Optional<Location> find(DataSetSpec<?> spec, Path dataDir) {
    if (dataDir != null) {
      return Optional.of(inDataDir(spec, dataDir));
    }
    for (Location candidate : searched(spec)) {
      List<RemoteFile> missing = spec.format().missing(candidate.folder());
      if (missing.isEmpty()) {
        return Optional.of(candidate);
      }
      if (Files.isDirectory(candidate.folder()) && candidate.origin() != Origin.CACHE) {
        LOG.log(
            Level.WARNING,
            "ignoring {0}: it lacks {1}",
            candidate.folder(),
            missing.get(0).fileName());
      }
    }
    return Optional.empty();
  }

  private Location inDataDir(DataSetSpec<?> spec, Path dataDir) {
    if (!Files.isDirectory(dataDir)) {
      throw new DataSetException(dataDir + ": no such folder (named as the data folder)");
    }
    Path subFolder = dataDir.resolve(spec.id());
    for (Path folder : List.of(dataDir, subFolder)) {
      if (spec.format().missing(folder).isEmpty()) {
        return new Location(Origin.DATA_DIR, folder);
      }
    }
    throw new DataSetException(
        String.format(
            "%s: no %s data set here: missing %s (nor in %s); the folder must hold %s",
            dataDir,
            spec.id(),
            spec.format().missing(dataDir).get(0).fileName(),
            subFolder,
            spec.format().expectedFiles()));
  }

  private List<Location> searched(DataSetSpec<?> spec) {
    List<Location> places = new ArrayList<>();
    if (paths.dataRoot() != null) {
      places.add(new Location(Origin.ENVIRONMENT, paths.dataRoot().resolve(spec.id())));
    }
    places.add(new Location(Origin.CACHE, cacheFolder(spec)));
    if (paths.systemRoot() != null && spec.systemFolder() != null) {
      places.add(new Location(Origin.SYSTEM, paths.systemRoot().resolve(spec.systemFolder())));
    }
    return places;
  }

  private Location download(DataSetSpec<?> spec) {
    Path cache = cacheFolder(spec);
    String elsewhere =
        "or name a folder holding "
            + spec.format().expectedFiles()
            + " with --data-dir or $"
            + SearchPaths.DATA_VARIABLE
            + "/"
            + spec.id();
    downloads.fetch(cache, spec.format().missing(cache), elsewhere);
    return new Location(Origin.CACHE, cache);
  }

  private Path cacheFolder(DataSetSpec<?> spec) {
    return paths.cacheRoot().resolve(spec.id());
  }

  /** A searched place and its folder. */
  record Location(Origin origin, Path folder) {}
}
