package org.learn2mix.data;

import org.learn2mix.batching.ClassPools;
import org.learn2mix.random.SplitMix64;

/**
 * A seeded split of labelled examples into a training and a test part that keeps each class's
 * share: class c with n_c examples puts ⌊f · n_c⌋ of them, chosen by a shuffle, into training and
 * the rest into test.
 *
 * @param train indices of the training examples, ascending
 * @param test indices of the test examples, ascending
 */
public record StratifiedSplit(int[] train, int[] test) {
  /** See {@link ImbalanceRecipe}: counts like 0.29 · 100 must floor to 29, not 28. */
  private static final double ROUNDING_SLACK = 1e-9;

  /**
   * Splits {@code labels}.
   *
   * @param labels the class of every example, 0-based, below {@code k}
   * @param k number of classes
   * @param trainFraction f, in (0, 1)
   * @param random shuffles each class, class after class
   */
  public static StratifiedSplit of(int[] labels, int k, double trainFraction, SplitMix64 random) {
    if (!(trainFraction > 0 && trainFraction < 1)) {
      throw new IllegalArgumentException(
          "the training fraction must lie in (0, 1), was " + trainFraction);
    }
    int[][] pools = ClassPools.indicesByClass(labels, k);
    boolean[] inTrain = new boolean[labels.length];
    int trainSize = 0;
    for (int[] pool : pools) {
      random.shuffle(pool);
      int kept = (int) Math.floor(trainFraction * pool.length + ROUNDING_SLACK);
      for (int i = 0; i < kept; i++) {
        inTrain[pool[i]] = true;
      }
      trainSize += kept;
    }
    int[] train = new int[trainSize];
    int[] test = new int[labels.length - trainSize];
    int a = 0;
    int b = 0;
    for (int n = 0; n < labels.length; n++) {
      if (inTrain[n]) {
        train[a++] = n;
      } else {
        test[b++] = n;
      }
    }
    return new StratifiedSplit(train, test);
  }
}
