package org.learn2mix.batching;

/** Hands out the batches of each epoch; one implementation per batching strategy. */
public interface BatchSource {
  /**
   * P, the number of batches in every epoch.
   *
   * @return P, at least 1
   */
  int batchesPerEpoch();

  /**
   * Starts the epoch after the last one started (the first epoch is 1), even if the current epoch
   * was not drawn to its end.
   */
  void startEpoch();

  /**
   * Starts epoch {@code epoch} (1-based). Its shuffles depend only on the source's seed and the
   * epoch number, never on earlier epochs, so a resumed run can continue at any epoch and draw
   * exactly the batches an uninterrupted run would.
   *
   * @param epoch the epoch number, counted from 1
   * @throws IllegalArgumentException if {@code epoch} is less than 1
   */
  void startEpoch(int epoch);

  /**
   * The next batch of the current epoch.
   *
   * @return a batch of M examples
   * @throws IllegalStateException if no epoch was started or all P batches of the current one have
   *     been drawn
   */
  Batch next();

  /**
   * P = max(1, ⌊N / M⌋), the same for every strategy so that all take the same number of steps.
   *
   * @param exampleCount N, the number of training examples, at least 0
   * @param batchSize M, the examples per batch, at least 1
   * @return P, at least 1
   * @throws IllegalArgumentException if {@code batchSize} is less than 1
   */
  static int batchesPerEpoch(int exampleCount, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    return Math.max(1, exampleCount / batchSize);
  }
}
