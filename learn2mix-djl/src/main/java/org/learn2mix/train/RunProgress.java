package org.learn2mix.train;

import java.util.List;
import org.learn2mix.mixing.MixingState;

/**
 * A run's state after a completed epoch: everything needed to continue it exactly.
 *
 * @param epochsCompleted epochs trained so far
 * @param records one record per completed epoch
 * @param mixing α and the class-wise loss state
 * @param model the network's parameters ({@code null} once the run is finished)
 * @param optimizer the optimizer's state ({@code null} once the run is finished)
 */
public record RunProgress(
    int epochsCompleted,
    List<EpochRecord> records,
    MixingState mixing,
    byte[] model,
    byte[] optimizer) {
  /** Checks that the records match the epoch count. */
  public RunProgress {
    records = List.copyOf(records);
    if (records.size() != epochsCompleted) {
      throw new IllegalArgumentException(
          epochsCompleted + " epochs completed but " + records.size() + " records");
    }
  }

  /** Whether the run finished (its weights are no longer kept). */
  public boolean finished() {
    return model == null;
  }
}
