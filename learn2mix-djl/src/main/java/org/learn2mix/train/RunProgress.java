package org.learn2mix.train;

import java.util.List;
import org.learn2mix.mixing.MixingState;

/**
 * A run's state after a completed epoch: everything needed to continue it exactly.
 *
 * <p>The byte arrays are held as given, not copied.
 *
 * @param epochsCompleted epochs trained so far, at least 0
 * @param records one record per completed epoch, in epoch order (an unmodifiable copy)
 * @param mixing α and the class-wise loss state after the last completed epoch
 * @param model the network's parameters in the run's own checkpoint format ({@code null} once the
 *     run is finished)
 * @param optimizer the optimizer's moments and step counts in the run's own checkpoint format
 *     ({@code null} once the run is finished)
 */
public record RunProgress(
    int epochsCompleted,
    List<EpochRecord> records,
    MixingState mixing,
    byte[] model,
    byte[] optimizer) {
  /**
   * Checks that the records match the epoch count.
   *
   * @param epochsCompleted epochs trained so far
   * @param records one record per completed epoch; copied
   * @param mixing α and the class-wise loss state
   * @param model the network's parameters, or null once the run is finished
   * @param optimizer the optimizer's state, or null once the run is finished
   * @throws IllegalArgumentException if there are not exactly {@code epochsCompleted} records
   */
  public RunProgress {
    records = List.copyOf(records);
    if (records.size() != epochsCompleted) {
      throw new IllegalArgumentException(
          epochsCompleted + " epochs completed but " + records.size() + " records");
    }
  }

  /**
   * Whether the run finished (its weights are no longer kept).
   *
   * @return true if {@link #model()} is null: all epochs are trained and a resumed run only reports
   *     the records
   */
  public boolean finished() {
    return model == null;
  }
}
