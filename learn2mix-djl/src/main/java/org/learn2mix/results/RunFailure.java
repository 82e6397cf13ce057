package org.learn2mix.results;

import org.learn2mix.batching.Strategy;

/**
 * A run that stopped with an error.
 *
 * @param strategy the run's strategy, not null
 * @param seed the run's master seed
 * @param epochsCompleted the epochs it finished before the error, 0 or more
 * @param error what went wrong, in one line, as shown to the user
 */
public record RunFailure(Strategy strategy, long seed, int epochsCompleted, String error) {
  /**
   * Validates.
   *
   * @param strategy the run's strategy
   * @param seed the run's master seed
   * @param epochsCompleted the epochs it finished before the error
   * @param error what went wrong, in one line
   * @throws IllegalArgumentException if {@code strategy} is null or {@code epochsCompleted} is
   *     negative
   */
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
