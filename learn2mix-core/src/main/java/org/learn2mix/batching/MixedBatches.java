package org.learn2mix.batching;

import java.util.Arrays;
import java.util.function.Supplier;
import org.learn2mix.mixing.AllocationRule;
import org.learn2mix.mixing.MixingProportions;
import org.learn2mix.random.SplitMix64;

/**
 * learn2mix batching (SPEC section 3): each batch takes n_i examples from pool J_i, n_i allocated
 * from α·M by the largest-remainder method (or, where asked, by truncation), reading each pool's
 * per-epoch permutation cyclically from its cursor.
 *
 * <p>α is read from a supplier at every batch, so the same source serves adaptive mixing (α moves
 * between epochs or batches) and fixed mixing (α never moves). {@link #next()} throws {@link
 * IllegalStateException} if the supplied α has another number of classes than the training set.
 */
public final class MixedBatches extends EpochBatches {
  private final Supplier<MixingProportions> proportions;
  private final int[][] permutations;
  private final int[] cursors;
  private final AllocationRule allocation;

  /**
   * A learn2mix batch source with no epoch started yet.
   *
   * @param pools the training set by class
   * @param batchSize M, in [1, N]
   * @param random the source's own generator; one draw from it, taken here, seeds every epoch's
   *     shuffles
   * @param proportions current α, consulted for every batch; must have one share per class of
   *     {@code pools}
   * @throws IllegalArgumentException if {@code batchSize} is less than 1 or larger than N
   */
  public MixedBatches(
      ClassPools pools, int batchSize, SplitMix64 random, Supplier<MixingProportions> proportions) {
    this(pools, batchSize, random, proportions, AllocationRule.LARGEST_REMAINDER);
  }

  /**
   * A batch source with no epoch started yet whose batches are allocated by {@code allocation}.
   *
   * @param pools the training set by class
   * @param batchSize M, in [1, N]
   * @param random the source's own generator; one draw from it, taken here, seeds every epoch's
   *     shuffles
   * @param proportions current α, consulted for every batch; must have one share per class of
   *     {@code pools}
   * @param allocation how each batch's examples are shared out among the classes; with {@link
   *     AllocationRule#TRUNCATION} a batch holds Σ⌊α_i·M⌋ examples, which can be fewer than M
   * @throws IllegalArgumentException if {@code batchSize} is less than 1 or larger than N
   */
  public MixedBatches(
      ClassPools pools,
      int batchSize,
      SplitMix64 random,
      Supplier<MixingProportions> proportions,
      AllocationRule allocation) {
    super(pools, batchSize, random);
    this.allocation = allocation;
    this.proportions = proportions;
    this.permutations = new int[pools.classCount()][];
    this.cursors = new int[pools.classCount()];
  }

  @Override
  void reshuffle(SplitMix64 random) {
    for (int c = 0; c < permutations.length; c++) {
      permutations[c] = pools.pool(c);
      random.shuffle(permutations[c]);
      cursors[c] = 0;
    }
  }

  @Override
  Batch compose(int index) {
    MixingProportions alpha = proportions.get();
    if (alpha.classCount() != permutations.length) {
      throw new IllegalStateException(
          "mixing proportions have "
              + alpha.classCount()
              + " classes, the training set has "
              + permutations.length);
    }
    int[] counts = allocation.counts(alpha, batchSize);
    int[] indices = new int[Arrays.stream(counts).sum()];
    int at = 0;
    for (int c = 0; c < counts.length; c++) {
      at = take(c, counts[c], indices, at);
    }
    return new Batch(indices, counts);
  }

  /** Copies {@code count} examples of class {@code c} from its cursor, wrapping around. */
  private int take(int c, int count, int[] into, int at) {
    int[] pool = permutations[c];
    int cursor = cursors[c];
    int remaining = count;
    while (remaining > 0) {
      int run = Math.min(remaining, pool.length - cursor);
      System.arraycopy(pool, cursor, into, at, run);
      at += run;
      remaining -= run;
      cursor = (cursor + run) % pool.length;
    }
    cursors[c] = cursor;
    return at;
  }
}
