package org.learn2mix.data;

import java.util.Arrays;
import org.learn2mix.batching.ClassPools;
import org.learn2mix.random.SplitMix64;

/**
 * Which share of each class's training examples to keep, to make a balanced training set imbalanced
 * the way a published experiment does ("classes 1–50 keep 0.05"). The test set is never imbalanced.
 *
 * <p>Class c keeps ⌊f_c · N_c⌋ of its N_c examples, at least one, chosen at random from the seed:
 * the same seed keeps the same examples on every machine.
 *
 * @param keepFraction for each class, in class order, the fraction of its examples kept, in (0, 1]
 */
public record ImbalanceRecipe(double[] keepFraction) {
  /**
   * Counts like 0.29 · 100 come out as 28.999999999999996 in binary floating point; this much slack
   * makes ⌊f · N⌋ the count a reader of the recipe expects.
   */
  private static final double ROUNDING_SLACK = 1e-9;

  /**
   * Copies the fractions and checks that each lies in (0, 1].
   *
   * @param keepFraction for each class, in class order, the fraction of its training examples kept,
   *     in (0, 1]; copied
   * @throws IllegalArgumentException if {@code keepFraction} is null or empty, or a fraction is NaN
   *     or outside (0, 1]
   */
  public ImbalanceRecipe {
    if (keepFraction == null || keepFraction.length == 0) {
      throw new IllegalArgumentException("an imbalance recipe needs a fraction for each class");
    }
    keepFraction = keepFraction.clone();
    for (int c = 0; c < keepFraction.length; c++) {
      if (!(keepFraction[c] > 0 && keepFraction[c] <= 1)) {
        throw new IllegalArgumentException(
            "class " + (c + 1) + " keeps " + keepFraction[c] + "; a fraction must lie in (0, 1]");
      }
    }
  }

  /**
   * Keeps everything: the training set as published.
   *
   * @param k number of classes, at least 1
   * @return the recipe in which each of the {@code k} classes keeps the fraction 1
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static ImbalanceRecipe none(int k) {
    return keep(k, 1.0);
  }

  /**
   * The listed classes (numbered 1..k) keep {@code fraction}; the others keep everything.
   *
   * @param k number of classes, at least 1
   * @param fraction what each listed class keeps, in (0, 1]
   * @param classes1Based the classes that keep only {@code fraction}, numbered from 1 as in the
   *     paper; none makes a recipe that keeps everything
   * @return the recipe
   * @throws IllegalArgumentException if {@code k < 1}, {@code fraction} is outside (0, 1], or a
   *     listed class is outside 1..k
   */
  public static ImbalanceRecipe keep(int k, double fraction, int... classes1Based) {
    return new ImbalanceRecipe(fractions(k, fraction, 1.0, classes1Based));
  }

  /**
   * Every class keeps {@code fraction} except the listed ones (numbered 1..k), which keep all.
   *
   * @param k number of classes, at least 1
   * @param fraction what each class not listed keeps, in (0, 1]
   * @param classes1Based the classes that keep all their examples, numbered from 1 as in the paper
   * @return the recipe
   * @throws IllegalArgumentException if {@code k < 1}, {@code fraction} is outside (0, 1], or a
   *     listed class is outside 1..k
   */
  public static ImbalanceRecipe keepAllBut(int k, double fraction, int... classes1Based) {
    return new ImbalanceRecipe(fractions(k, 1.0, fraction, classes1Based));
  }

  /**
   * For each class, in class order, the fraction of its training examples kept.
   *
   * @return a fresh copy of the fractions, each in (0, 1]; changing it does not change the recipe
   */
  @Override
  public double[] keepFraction() {
    return keepFraction.clone();
  }

  /**
   * Number of classes k.
   *
   * @return k, the number of fractions, at least 1
   */
  public int classCount() {
    return keepFraction.length;
  }

  /**
   * How many examples each class keeps, given how many it has: ⌊f_c · N_c⌋, but at least 1.
   *
   * @param classCounts N_c, the number of training examples of each class, in class order
   * @return for each class the number it keeps, in 1..N_c
   * @throws IllegalArgumentException if {@code classCounts} does not have one entry per class
   * @throws DataSetException if a class has no examples, so that it could not keep one
   */
  public int[] keptCounts(int[] classCounts) {
    if (classCounts.length != keepFraction.length) {
      throw new IllegalArgumentException(
          classCounts.length + " class counts for a recipe of " + keepFraction.length + " classes");
    }
    int[] kept = new int[classCounts.length];
    for (int c = 0; c < kept.length; c++) {
      if (classCounts[c] == 0) {
        throw new DataSetException(
            "class " + (c + 1) + " of " + kept.length + " has no training examples to keep");
      }
      int floor = (int) Math.floor(keepFraction[c] * classCounts[c] + ROUNDING_SLACK);
      kept[c] = Math.max(1, Math.min(classCounts[c], floor));
    }
    return kept;
  }

  /**
   * The examples kept, as indices into {@code labels} in ascending order. Each class's examples are
   * shuffled by one stream derived from {@code seed}, class after class, and the first ones kept; a
   * class that keeps everything is not shuffled.
   *
   * @param labels the class of every training example, 0-based, below {@link #classCount()}
   * @param seed chooses the kept examples; the same seed keeps the same examples on every machine
   * @return the indices of the kept examples, ascending; {@code keptCounts} of the class counts
   *     give how many of each class
   * @throws IllegalArgumentException if a label lies outside 0..k-1
   * @throws DataSetException if a class has no examples
   */
  public int[] select(int[] labels, long seed) {
    int k = keepFraction.length;
    int[][] pools = ClassPools.indicesByClass(labels, k);
    int[] counts = new int[k];
    for (int c = 0; c < k; c++) {
      counts[c] = pools[c].length;
    }
    int[] kept = keptCounts(counts);
    SplitMix64 random = SplitMix64.derive(seed, "imbalance");
    boolean[] keep = new boolean[labels.length];
    int total = 0;
    for (int c = 0; c < k; c++) {
      if (kept[c] < counts[c]) {
        random.shuffle(pools[c]);
      }
      for (int i = 0; i < kept[c]; i++) {
        keep[pools[c][i]] = true;
      }
      total += kept[c];
    }
    int[] selected = new int[total];
    int at = 0;
    for (int n = 0; n < labels.length; n++) {
      if (keep[n]) {
        selected[at++] = n;
      }
    }
    return selected;
  }

  /**
   * The examples kept when each class keeps its first ⌊f_c · N_c⌋ examples (at least one) in the
   * order of {@code labels}, with no shuffle: the same examples whatever the seed, as scripts that
   * slice {@code [:n]} off an already shuffled split keep them.
   *
   * @param labels the class of every training example, 0-based, below {@link #classCount()}, in the
   *     order from which the first are kept
   * @return the indices of the kept examples, ascending; {@code keptCounts} of the class counts
   *     give how many of each class
   * @throws IllegalArgumentException if a label lies outside 0..k-1
   * @throws DataSetException if a class has no examples
   */
  public int[] selectFirst(int[] labels) {
    int k = keepFraction.length;
    int[][] pools = ClassPools.indicesByClass(labels, k);
    int[] counts = new int[k];
    for (int c = 0; c < k; c++) {
      counts[c] = pools[c].length;
    }
    int[] kept = keptCounts(counts);
    int[] seen = new int[k];
    int[] selected = new int[Arrays.stream(kept).sum()];
    int at = 0;
    for (int n = 0; n < labels.length; n++) {
      int c = labels[n];
      if (seen[c]++ < kept[c]) {
        selected[at++] = n;
      }
    }
    return selected;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImbalanceRecipe r && Arrays.equals(keepFraction, r.keepFraction);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(keepFraction);
  }

  @Override
  public String toString() {
    return "ImbalanceRecipe" + Arrays.toString(keepFraction);
  }

  private static double[] fractions(int k, double listed, double others, int[] classes1Based) {
    if (k < 1) {
      throw new IllegalArgumentException("an imbalance recipe needs at least one class, got " + k);
    }
    for (double f : new double[] {listed, others}) {
      if (!(f > 0 && f <= 1)) {
        throw new IllegalArgumentException("keep fraction " + f + " must lie in (0, 1]");
      }
    }
    double[] fractions = new double[k];
    Arrays.fill(fractions, others);
    for (int c : classes1Based) {
      if (c < 1 || c > k) {
        throw new IllegalArgumentException("class " + c + " is outside 1.." + k);
      }
      fractions[c - 1] = listed;
    }
    return fractions;
  }
}
