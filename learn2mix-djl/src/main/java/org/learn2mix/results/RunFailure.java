package org.learn2mix.results;

import org.learn2mix.batching.Strategy;

/**
 * A run that stopped with an error.
 *
 * @param strategy the run's strategy
 * @param seed the run's seed
 * @param epochsCompleted the epochs it finished before the error
 * @param error what went wrong, in one line
 */
public record RunFailure(Strategy strategy, long seed, int epochsCompleted, String error) {
  /** Validates. */
  public RunFailure {
    if (strategy == null) {
      throw new IllegalArgumentException("the failed run's strategy is required");
    }
    if (epochsCompleted < 0) {
      throw new IllegalArgumentException(
          "epochs completed must not be negative, was " + epochsCompleted);
    }
  }
}
