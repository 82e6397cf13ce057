package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.Task;
import org.learn2mix.results.ExperimentPlan;
import org.learn2mix.results.OwnData;
import org.learn2mix.train.TrainingSettings;

/**
 * Everything a comparison needs, resolved from a preset and the user's overrides.
 *
 * @param preset the experiment
 * @param strategies the strategies to compare, in order
 * @param seeds one run of each strategy per seed
 * @param training hyperparameters
 * @param dataDir the folder to read data files from, or {@code null} to search the usual places
 * @param ownData the data of one's own the preset was made for, or {@code null} for a built-in
 *     preset
 */
public record ExperimentSettings(
    Preset preset,
    List<Strategy> strategies,
    List<Long> seeds,
    TrainingSettings training,
    Path dataDir,
    OwnData ownData) {
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

  /** Settings of a built-in preset. */
  public ExperimentSettings(
      Preset preset,
      List<Strategy> strategies,
      List<Long> seeds,
      TrainingSettings training,
      java.nio.file.Path dataDir) {
    this(preset, strategies, seeds, training, dataDir, null);
  }

  /**
   * What the experiment trains, as its results record it: the preset by name, and the data of one's
   * own where it trains on that.
   */
  public ExperimentPlan plan() {
    return new ExperimentPlan(
        preset.name(),
        strategies,
        seeds,
        training,
        dataDir,
        ownData,
        ownData == null ? protocol().label() : null);
  }

  /** The protocol the preset follows. */
  public Protocol protocol() {
    return preset.procedure().protocol();
  }

  /** Every strategy that applies to {@code task}: focal only to classification. */
  public static List<Strategy> strategiesFor(Task task) {
    List<Strategy> strategies = new ArrayList<>();
    for (Strategy strategy : Strategy.values()) {
      if (!strategy.trainsOnFocalLoss() || task == Task.CLASSIFICATION) {
        strategies.add(strategy);
      }
    }
    return strategies;
  }

  /**
   * The published setting of {@code preset}: its hyperparameters and procedure, every strategy that
   * applies and seeds 0..seeds−1.
   */
  public static ExperimentSettings published(Preset preset, int seeds, Path dataDir) {
    List<Long> seedList = new ArrayList<>();
    for (long s = 0; s < seeds; s++) {
      seedList.add(s);
    }
    return new ExperimentSettings(
        preset,
        strategiesFor(preset.task()),
        seedList,
        preset
            .procedure()
            .applyTo(
                new TrainingSettings(
                    preset.learningRate(),
                    preset.batchSize(),
                    preset.epochs(),
                    preset.procedure().mixing(preset.gamma()))),
        preset.data().readsFiles() ? dataDir : null);
  }
}
