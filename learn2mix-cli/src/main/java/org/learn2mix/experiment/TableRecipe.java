package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learn2mix.data.LoadedTables;
import org.learn2mix.data.TableSource;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.VerifiedFile;

/**
 * The data recipe of a tabular preset: find, check and verify the CSV files once per process, then
 * for each seed split, imbalance and standardise them as the published experiment does.
 */
final class TableRecipe implements Preset.DataRecipe {
  /** Turns the loaded tables into the task for a seed, e.g. {@code WineQuality::prepare}. */
  @FunctionalInterface
  interface Preparation {
    TaskData prepare(LoadedTables tables, long seed);
  }

  private final TableSource source;
  private final Preparation preparation;
  private final Map<Path, LoadedTables> loaded = new HashMap<>();

  TableRecipe(TableSource source, Preparation preparation) {
    this.source = source;
    this.preparation = preparation;
  }

  @Override
  public TaskData prepare(long seed, Path dataDir) {
    LoadedTables tables = loaded.computeIfAbsent(key(dataDir), dir -> source.load(dataDir));
    return preparation.prepare(tables, seed);
  }

  @Override
  public List<VerifiedFile> files(Path dataDir) {
    LoadedTables tables = loaded.get(key(dataDir));
    return tables == null ? List.of() : tables.files();
  }

  private static Path key(Path dataDir) {
    return dataDir == null ? Path.of("") : dataDir;
  }
}
