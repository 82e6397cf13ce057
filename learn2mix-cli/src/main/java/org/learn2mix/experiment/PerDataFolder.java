package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.VerifiedFile;

/**
 * A data set read once per data folder and process: every seed of an experiment prepares its data
 * from the same read, and provenance can name the files read.
 *
 * @param <T> what the files are read into
 */
final class PerDataFolder<T extends LoadedData> {
  private final Function<Path, T> load;
  private final Map<Path, T> loaded = new HashMap<>();

  /**
   * @param load reads the data set from a data folder, or from the usual places for null
   */
  PerDataFolder(Function<Path, T> load) {
    this.load = load;
  }

  /** The data read from {@code dataDir} (null: the usual places), reading it the first time. */
  synchronized T get(Path dataDir) {
    return loaded.computeIfAbsent(key(dataDir), dir -> load.apply(dataDir));
  }

  /** The files read from {@code dataDir} so far, with their checksums; empty before any read. */
  synchronized List<VerifiedFile> files(Path dataDir) {
    T data = loaded.get(key(dataDir));
    return data == null ? List.of() : data.files();
  }

  /** Everything read so far. */
  synchronized List<T> all() {
    return List.copyOf(loaded.values());
  }

  private static Path key(Path dataDir) {
    return dataDir == null ? Path.of("") : dataDir;
  }
}
