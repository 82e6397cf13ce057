package org.learn2mix.batching;

/** Hands out the batches of each epoch; one implementation per batching strategy. */
public interface BatchSource {
  /** P, the number of batches in every epoch. */
  int batchesPerEpoch();

  /** Starts the epoch after the last one started (the first epoch is 1). */
  void startEpoch();

  /**
   * Starts epoch {@code epoch} (1-based). Its shuffles depend only on the source's seed and the
   * epoch number, never on earlier epochs, so a resumed run can continue at any epoch and draw
   * exactly the batches an uninterrupted run would.
   */
  void startEpoch(int epoch);

  /** The next batch of the current epoch. */
  Batch next();

  /** P = max(1, ⌊N / M⌋), the same for every strategy so that all take the same number of steps. */
  static int batchesPerEpoch(int exampleCount, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    return Math.max(1, exampleCount / batchSize);
  }
}
