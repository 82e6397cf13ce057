package org.learn2mix.batching;

import org.learn2mix.random.SplitMix64;

/**
 * What every batch source shares: P batches of M per epoch, each epoch's shuffles drawn from a
 * stream derived from the source's seed and the epoch number, and a guard against drawing past the
 * end of an epoch. Subclasses only reshuffle and compose.
 */
abstract class EpochBatches implements BatchSource {
  /** The training set by class, as given to the constructor (not copied). */
  protected final ClassPools pools;

  /** M, the number of examples in every batch, in [1, N]. */
  protected final int batchSize;

  private final int batchesPerEpoch;
  private final long seed;
  private int epoch;
  private int nextBatch;

  /**
   * A source with no epoch started yet.
   *
   * @param pools the training set by class
   * @param batchSize M, in [1, N]
   * @param random the source's own generator; one draw from it seeds every epoch's shuffles
   * @throws IllegalArgumentException if {@code batchSize} is less than 1 or larger than N
   */
  EpochBatches(ClassPools pools, int batchSize, SplitMix64 random) {
    int n = pools.exampleCount();
    this.batchesPerEpoch = BatchSource.batchesPerEpoch(n, batchSize);
    if (batchSize > n) {
      throw new IllegalArgumentException(
          "batch size " + batchSize + " is larger than the training set (" + n + " examples)");
    }
    this.pools = pools;
    this.batchSize = batchSize;
    this.seed = random.nextLong();
    this.nextBatch = batchesPerEpoch;
  }

  @Override
  public final int batchesPerEpoch() {
    return batchesPerEpoch;
  }

  @Override
  public final void startEpoch() {
    startEpoch(epoch + 1);
  }

  @Override
  public final void startEpoch(int epoch) {
    if (epoch < 1) {
      throw new IllegalArgumentException("epochs count from 1, got " + epoch);
    }
    this.epoch = epoch;
    reshuffle(SplitMix64.derive(seed, "epoch " + epoch));
    nextBatch = 0;
  }

  @Override
  public final Batch next() {
    if (nextBatch >= batchesPerEpoch) {
      throw new IllegalStateException("epoch exhausted; call startEpoch()");
    }
    return compose(nextBatch++);
  }

  /** Prepares a new epoch's order with {@code random}, which belongs to this epoch alone. */
  abstract void reshuffle(SplitMix64 random);

  /** The batch numbered {@code index} (0-based) of the current epoch. */
  abstract Batch compose(int index);
}
