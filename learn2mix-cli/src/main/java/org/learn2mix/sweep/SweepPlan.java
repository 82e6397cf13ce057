package org.learn2mix.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.learn2mix.batching.Strategy;

/**
 * What a sweep trains: every combination of the listed γ, batch sizes and learning rates (the
 * settings), each with every strategy and seed. Strategies that do not use γ train once per batch
 * size and learning rate and serve every γ.
 *
 * @param arguments how the data and the fixed hyperparameters were given (preset, data options,
 *     epochs), kept as given so that a worker resolves exactly the same experiment; opaque here
 * @param gammas the mixing rates, in order, without repeats
 * @param batchSizes the batch sizes, in order, without repeats
 * @param learningRates the learning rates, in order, without repeats
 * @param strategies the strategies, in order, without repeats
 * @param seeds the seeds, consecutive, ascending
 */
public record SweepPlan(
    List<String> arguments,
    List<Double> gammas,
    List<Integer> batchSizes,
    List<Double> learningRates,
    List<Strategy> strategies,
    List<Long> seeds) {
  /** Validates and copies. */
  public SweepPlan {
    arguments = List.copyOf(arguments);
    gammas = distinct("gamma", gammas);
    batchSizes = distinct("batch size", batchSizes);
    learningRates = distinct("learning rate", learningRates);
    strategies = distinct("strategy", strategies);
    seeds = List.copyOf(seeds);
    if (seeds.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one seed");
    }
    for (int i = 1; i < seeds.size(); i++) {
      if (seeds.get(i) != seeds.get(0) + i) {
        throw new IllegalArgumentException("the seeds must be consecutive: " + seeds);
      }
    }
    // Every combination must make a valid setting.
    new Setting(gammas.get(0), batchSizes.get(0), learningRates.get(0));
  }

  private static <T> List<T> distinct(String what, List<T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one " + what);
    }
    if (new HashSet<>(copy).size() != copy.size()) {
      throw new IllegalArgumentException("the " + what + " values repeat: " + copy);
    }
    return copy;
  }

  /** Every setting: γ varies fastest, then the batch size, then the learning rate. */
  public List<Setting> settings() {
    List<Setting> settings = new ArrayList<>();
    for (double lr : learningRates) {
      for (int batch : batchSizes) {
        for (double gamma : gammas) {
          settings.add(new Setting(gamma, batch, lr));
        }
      }
    }
    return settings;
  }

  /**
   * Every cell, each once: per batch size and learning rate, per seed, per strategy, per γ for a
   * strategy that uses it.
   */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    for (double lr : learningRates) {
      for (int batch : batchSizes) {
        Setting first = new Setting(gammas.get(0), batch, lr);
        for (long seed : seeds) {
          for (Strategy strategy : strategies) {
            if (strategy.adapts()) {
              for (double gamma : gammas) {
                cells.add(new Cell(strategy, seed, first.withGamma(gamma)));
              }
            } else {
              cells.add(new Cell(strategy, seed, first));
            }
          }
        }
      }
    }
    return cells;
  }

  /**
   * The cells whose runs make up {@code setting}'s comparison, in the order {@code compare} trains
   * them: per seed, per strategy; a γ-free strategy's cell is the shared one.
   */
  public List<Cell> cellsOf(Setting setting) {
    List<Cell> cells = new ArrayList<>();
    for (long seed : seeds) {
      for (Strategy strategy : strategies) {
        cells.add(
            new Cell(
                strategy, seed, strategy.adapts() ? setting : setting.withGamma(gammas.get(0))));
      }
    }
    return cells;
  }

  /** The cell called {@code id}, if the plan has one. */
  public Optional<Cell> cell(String id) {
    return cells().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The cells of shard {@code index} of {@code count}: those at positions index, index + count,
   * index + 2·count, … of {@link #cells()}.
   *
   * @throws IllegalArgumentException unless 0 ≤ index < count
   */
  public List<Cell> shard(int index, int count) {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist");
    }
    List<Cell> all = cells();
    List<Cell> mine = new ArrayList<>();
    for (int i = index; i < all.size(); i += count) {
      mine.add(all.get(i));
    }
    return mine;
  }
}
