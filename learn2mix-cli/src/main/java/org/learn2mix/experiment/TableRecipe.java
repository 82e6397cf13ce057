package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.List;
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

  private final Preparation preparation;
  private final PerDataFolder<LoadedTables> tables;

  TableRecipe(TableSource source, Preparation preparation) {
    this.tables = new PerDataFolder<>(source::load);
    this.preparation = preparation;
  }

  @Override
  public TaskData prepare(long seed, Path dataDir) {
    return preparation.prepare(tables.get(dataDir), seed);
  }

  @Override
  public List<VerifiedFile> files(Path dataDir) {
    return tables.files(dataDir);
  }
}
