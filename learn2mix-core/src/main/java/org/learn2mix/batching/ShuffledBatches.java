package org.learn2mix.batching;

import java.util.Arrays;
import org.learn2mix.random.SplitMix64;

/**
 * Classical batching: one random permutation of the training set per epoch, cut into P batches of
 * M; the remainder is dropped, a different one each epoch.
 */
public final class ShuffledBatches implements BatchSource {
  private final ClassPools pools;
  private final int batchSize;
  private final int batchesPerEpoch;
  private final long seed;
  private int epoch;
  private final int[] permutation;
  private int nextBatch;

  /**
   * @param pools the training set by class (used to count classes per batch)
   * @param batchSize M, at most N
   * @param random the source's own generator; one draw from it seeds every epoch's shuffle
   */
  public ShuffledBatches(ClassPools pools, int batchSize, SplitMix64 random) {
    int n = pools.exampleCount();
    this.batchesPerEpoch = BatchSource.batchesPerEpoch(n, batchSize);
    if (batchSize > n) {
      throw new IllegalArgumentException(
          "batch size " + batchSize + " is larger than the training set (" + n + " examples)");
    }
    this.pools = pools;
    this.batchSize = batchSize;
    this.seed = random.nextLong();
    this.permutation = new int[n];
    for (int i = 0; i < n; i++) {
      permutation[i] = i;
    }
    this.nextBatch = batchesPerEpoch;
  }

  @Override
  public int batchesPerEpoch() {
    return batchesPerEpoch;
  }

  @Override
  public void startEpoch() {
    startEpoch(epoch + 1);
  }

  @Override
  public void startEpoch(int epoch) {
    if (epoch < 1) {
      throw new IllegalArgumentException("epochs count from 1, got " + epoch);
    }
    this.epoch = epoch;
    for (int i = 0; i < permutation.length; i++) {
      permutation[i] = i;
    }
    SplitMix64.derive(seed, "epoch " + epoch).shuffle(permutation);
    nextBatch = 0;
  }

  @Override
  public Batch next() {
    if (nextBatch >= batchesPerEpoch) {
      throw new IllegalStateException("epoch exhausted; call startEpoch()");
    }
    int from = nextBatch++ * batchSize;
    int[] indices = Arrays.copyOfRange(permutation, from, from + batchSize);
    return new Batch(indices, pools.countClasses(indices));
  }
}
