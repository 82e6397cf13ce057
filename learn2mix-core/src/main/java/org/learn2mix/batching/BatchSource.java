package org.learn2mix.batching;

/** Hands out the batches of each epoch; one implementation per batching strategy. */
public interface BatchSource {
  /** P, the number of batches in every epoch. */
  int batchesPerEpoch();

  /** Starts a new epoch: reshuffles with the source's own seeded generator. */
  void startEpoch();

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
