package org.learn2mix.sweep;

import java.util.List;
import org.learn2mix.batching.Strategy;
import org.learn2mix.experiment.ExperimentSettings;

/**
 * Turns a point of the grid into the experiment {@code compare} would train with the same data and
 * options, so that a sweep's cells and settings are comparisons like any other.
 */
@FunctionalInterface
public interface SettingsResolver {
  /**
   * The experiment at {@code setting} with these strategies and seeds.
   *
   * @throws org.learn2mix.experiment.UsageException if the options do not make an experiment
   */
  ExperimentSettings resolve(Setting setting, List<Strategy> strategies, List<Long> seeds);

  /** The experiment of one cell: its strategy and seed at its setting. */
  default ExperimentSettings resolve(Cell cell) {
    return resolve(cell.setting(), List.of(cell.strategy()), List.of(cell.seed()));
  }
}
