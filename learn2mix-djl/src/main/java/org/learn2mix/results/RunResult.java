package org.learn2mix.results;

import java.util.List;
import org.learn2mix.batching.Strategy;
import org.learn2mix.train.EpochRecord;

/**
 * The epochs of one finished run.
 *
 * @param strategy the strategy trained
 * @param seed the run's master seed
 * @param epochs one record per epoch, in order, epoch 1 first (an unmodifiable copy)
 */
public record RunResult(Strategy strategy, long seed, List<EpochRecord> epochs) {
  /**
   * Copies the list.
   *
   * @param strategy the strategy trained
   * @param seed the run's master seed
   * @param epochs one record per epoch, in order; copied, not null and without null elements
   */
  public RunResult {
    epochs = List.copyOf(epochs);
  }
}
