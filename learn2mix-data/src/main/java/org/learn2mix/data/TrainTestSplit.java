package org.learn2mix.data;

import java.util.Arrays;
import org.learn2mix.batching.ClassPools;
import org.learn2mix.random.SplitMix64;

/**
 * Which examples train and which test.
 *
 * @param train indices of the training examples
 * @param test indices of the test examples, none of them in {@code train}
 */
public record TrainTestSplit(int[] train, int[] test) {
  /** See {@link ImbalanceRecipe}: counts like 0.29 · 100 must floor to 29, not 28. */
  private static final double ROUNDING_SLACK = 1e-9;

  /**
   * Copies the arrays and checks that no example is in both.
   *
   * @param train indices of the training examples, 0 or more; copied
   * @param test indices of the test examples, 0 or more; copied
   * @throws IllegalArgumentException if an index is negative or appears twice, in one part or in
   *     both
   */
  public TrainTestSplit {
    train = train.clone();
    test = test.clone();
    int size = Math.max(max(train), max(test)) + 1;
    boolean[] seen = new boolean[size];
    for (int[] part : new int[][] {train, test}) {
      for (int i : part) {
        if (i < 0 || seen[i]) {
          throw new IllegalArgumentException("example " + i + " is negative or taken twice");
        }
        seen[i] = true;
      }
    }
  }

  /**
   * A split that keeps each class's share: class c with N_c examples puts ⌊f · N_c⌋ of them, chosen
   * by a shuffle, into training and the rest into test. Indices come out in ascending order.
   *
   * @param labels the class of every example, 0-based, below {@code k}
   * @param k number of classes
   * @param trainFraction f, in (0, 1)
   * @param random shuffles each class, class after class
   * @return the split; every example is in exactly one part
   * @throws IllegalArgumentException if {@code trainFraction} is NaN or outside (0, 1), {@code k <
   *     1}, or a label lies outside 0..k-1
   */
  public static TrainTestSplit stratified(
      int[] labels, int k, double trainFraction, SplitMix64 random) {
    if (!(trainFraction > 0 && trainFraction < 1)) {
      throw new IllegalArgumentException(
          "the training fraction must lie in (0, 1), was " + trainFraction);
    }
    boolean[] training = new boolean[labels.length];
    for (int[] pool : ClassPools.indicesByClass(labels, k)) {
      random.shuffle(pool);
      int kept = (int) Math.floor(trainFraction * pool.length + ROUNDING_SLACK);
      for (int i = 0; i < kept; i++) {
        training[pool[i]] = true;
      }
    }
    return ofMarks(training);
  }

  /**
   * Half of each class for training, chosen at random from {@code seed}: class c puts ⌊N_c / 2⌋ of
   * its N_c examples into training and the rest into test (the counts scikit-learn's stratified
   * {@code train_test_split(test_size=0.5)} gives). Indices come out in ascending order.
   *
   * @param classes the class of every example, 0-based
   * @param k number of classes
   * @param seed chooses the halves; the same seed gives the same split on every machine
   * @return the split; every example is in exactly one part
   * @throws IllegalArgumentException if {@code k < 1} or a class lies outside 0..k-1
   */
  public static TrainTestSplit stratifiedHalves(int[] classes, int k, long seed) {
    return stratified(classes, k, 0.5, SplitMix64.derive(seed, "split"));
  }

  /**
   * The split of scikit-learn's {@code train_test_split(..., test_size=0.5,
   * random_state=numpySeed)} without stratification: NumPy's {@code
   * RandomState(numpySeed).permutation(n)}, whose first ⌈n / 2⌉ entries are the test set and the
   * next ⌊n / 2⌋ the training set, both in permutation order.
   *
   * @param n number of examples, 0 or more
   * @param numpySeed NumPy's {@code random_state}, in 0..2³² − 1
   * @return the split, ⌊n / 2⌋ training and ⌈n / 2⌉ test examples
   * @throws IllegalArgumentException if {@code numpySeed} lies outside 0..2³² − 1
   */
  public static TrainTestSplit numpyHalves(int n, long numpySeed) {
    int[] permutation = new NumpyRandomState(numpySeed).permutation(n);
    int testSize = n - n / 2;
    return new TrainTestSplit(
        Arrays.copyOfRange(permutation, testSize, n), Arrays.copyOfRange(permutation, 0, testSize));
  }

  /**
   * The same split with each part listed in an order shuffled by {@code random}, as scikit-learn
   * lists the rows of a stratified {@code train_test_split}: what "the first rows of the training
   * part" means then is a random sample, not the data set's earliest rows.
   *
   * @param random shuffles the training part, then the test part
   * @return a split with the same examples in each part, in shuffled order
   */
  public TrainTestSplit inShuffledOrder(SplitMix64 random) {
    int[] shuffledTrain = train.clone();
    int[] shuffledTest = test.clone();
    random.shuffle(shuffledTrain);
    random.shuffle(shuffledTest);
    return new TrainTestSplit(shuffledTrain, shuffledTest);
  }

  /**
   * The training examples.
   *
   * @return a fresh copy of their indices; changing it does not change the split
   */
  @Override
  public int[] train() {
    return train.clone();
  }

  /**
   * The test examples.
   *
   * @return a fresh copy of their indices; changing it does not change the split
   */
  @Override
  public int[] test() {
    return test.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TrainTestSplit s
        && Arrays.equals(train, s.train)
        && Arrays.equals(test, s.test);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
  }

  @Override
  public String toString() {
    return "TrainTestSplit[" + train.length + " train, " + test.length + " test]";
  }

  private static TrainTestSplit ofMarks(boolean[] training) {
    int trainSize = 0;
    for (boolean t : training) {
      trainSize += t ? 1 : 0;
    }
    int[] train = new int[trainSize];
    int[] test = new int[training.length - trainSize];
    int a = 0;
    int b = 0;
    for (int n = 0; n < training.length; n++) {
      if (training[n]) {
        train[a++] = n;
      } else {
        test[b++] = n;
      }
    }
    return new TrainTestSplit(train, test);
  }

  private static int max(int[] values) {
    return Arrays.stream(values).max().orElse(-1);
  }
}
