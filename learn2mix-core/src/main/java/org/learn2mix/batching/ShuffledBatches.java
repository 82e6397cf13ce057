package org.learn2mix.batching;

import java.util.Arrays;
import org.learn2mix.random.SplitMix64;

/**
 * Classical batching: one random permutation of the training set per epoch, cut into P batches of
 * M; the remainder is dropped, a different one each epoch.
 */
public final class ShuffledBatches extends EpochBatches {
  private final int[] permutation;

  /**
   * A classical batch source with no epoch started yet.
   *
   * @param pools the training set by class (used to count classes per batch)
   * @param batchSize M, in [1, N]
   * @param random the source's own generator; one draw from it, taken here, seeds every epoch's
   *     shuffle
   * @throws IllegalArgumentException if {@code batchSize} is less than 1 or larger than N
   */
  public ShuffledBatches(ClassPools pools, int batchSize, SplitMix64 random) {
    super(pools, batchSize, random);
    this.permutation = new int[pools.exampleCount()];
  }

  @Override
  void reshuffle(SplitMix64 random) {
    for (int i = 0; i < permutation.length; i++) {
      permutation[i] = i;
    }
    random.shuffle(permutation);
  }

  @Override
  Batch compose(int index) {
    int from = index * batchSize;
    int[] indices = Arrays.copyOfRange(permutation, from, from + batchSize);
    return new Batch(indices, pools.countClasses(indices));
  }
}
