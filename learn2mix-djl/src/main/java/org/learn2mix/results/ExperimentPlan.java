package org.learn2mix.results;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.learn2mix.batching.Strategy;
import org.learn2mix.train.TrainingSettings;

/**
 * What an experiment trains: each strategy once per seed with the same hyperparameters.
 *
 * @param preset the name of the experiment's configuration (data set and model); not blank
 * @param strategies the strategies, in order, each once; at least one (an unmodifiable copy)
 * @param seeds the seeds, in order; at least one (an unmodifiable copy)
 * @param training the hyperparameters shared by all runs; not null
 * @param dataDir the folder the data files were read from, or {@code null} where they were found in
 *     the usual places or none were read
 * @param ownData the data of one's own trained on, or {@code null} for a preset's data
 * @param protocol the name of the protocol the preset was run under (which source's choices it
 *     follows where sources differ), or {@code null} where none is recorded
 */
public record ExperimentPlan(
    String preset,
    List<Strategy> strategies,
    List<Long> seeds,
    TrainingSettings training,
    Path dataDir,
    OwnData ownData,
    String protocol) {
  /**
   * Validates and copies.
   *
   * @param preset the name of the experiment's configuration
   * @param strategies the strategies, in order; copied
   * @param seeds the seeds, in order; copied
   * @param training the hyperparameters
   * @param dataDir the folder the data files were read from, or {@code null}
   * @param ownData the data of one's own trained on, or {@code null}
   * @param protocol the protocol's name, or {@code null} where none is recorded
   * @throws IllegalArgumentException if the preset is null or blank, the protocol is blank, there
   *     is no strategy or no seed, a strategy repeats, or {@code training} is null
   */
  public ExperimentPlan {
    if (preset == null || preset.isBlank()) {
      throw new IllegalArgumentException("the preset must be named");
    }
    strategies = List.copyOf(strategies);
    seeds = List.copyOf(seeds);
    if (strategies.isEmpty()) {
      throw new IllegalArgumentException("an experiment needs at least one strategy");
    }
    if (new HashSet<>(strategies).size() != strategies.size()) {
      throw new IllegalArgumentException("strategies repeat: " + strategies);
    }
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("an experiment needs at least one seed");
    }
    if (training == null) {
      throw new IllegalArgumentException("training settings are required");
    }
    if (protocol != null && protocol.isBlank()) {
      throw new IllegalArgumentException("a recorded protocol must be named");
    }
  }

  /**
   * A plan that records no protocol.
   *
   * @param preset the name of the experiment's configuration
   * @param strategies the strategies, in order, each once
   * @param seeds the seeds, in order
   * @param training the hyperparameters
   * @param dataDir the folder the data files were read from, or {@code null}
   * @param ownData the data of one's own trained on, or {@code null}
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ExperimentPlan(
      String preset,
      List<Strategy> strategies,
      List<Long> seeds,
      TrainingSettings training,
      Path dataDir,
      OwnData ownData) {
    this(preset, strategies, seeds, training, dataDir, ownData, null);
  }

  /**
   * A plan on a preset's data.
   *
   * @param preset the name of the experiment's configuration
   * @param strategies the strategies, in order, each once
   * @param seeds the seeds, in order
   * @param training the hyperparameters
   * @param dataDir the folder the data files were read from, or {@code null}
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ExperimentPlan(
      String preset,
      List<Strategy> strategies,
      List<Long> seeds,
      TrainingSettings training,
      Path dataDir) {
    this(preset, strategies, seeds, training, dataDir, null);
  }

  /**
   * The number of runs.
   *
   * @return strategies times seeds, at least 1
   */
  public int runs() {
    return strategies.size() * seeds.size();
  }
}
