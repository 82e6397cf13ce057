package org.learn2mix.experiment;

import java.util.List;
import org.learn2mix.batching.Strategy;
import org.learn2mix.train.TrainingSettings;

/**
 * Everything a comparison needs, resolved from a preset and the user's overrides.
 *
 * @param preset the experiment
 * @param strategies the strategies to compare, in order
 * @param seeds one run of each strategy per seed
 * @param training hyperparameters
 * @param dataDir the folder to read data files from, or {@code null} to search the usual places
 */
public record ExperimentSettings(
    Preset preset,
    List<Strategy> strategies,
    List<Long> seeds,
    TrainingSettings training,
    java.nio.file.Path dataDir) {
  /** Checks that there is something to run. */
  public ExperimentSettings {
    strategies = List.copyOf(strategies);
    seeds = List.copyOf(seeds);
    if (strategies.isEmpty()) {
      throw new UsageException("--strategies names no strategy");
    }
    if (seeds.isEmpty()) {
      throw new UsageException("--seeds must be at least 1");
    }
  }
}
