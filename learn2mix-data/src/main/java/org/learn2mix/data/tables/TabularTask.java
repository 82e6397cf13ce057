package org.learn2mix.data.tables;

import java.util.List;
import java.util.stream.IntStream;
import org.learn2mix.data.Examples;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.images.ImageTasks;

/**
 * The steps the tabular regressions share (SPEC section 7): split, imbalance the training set,
 * standardise the features with statistics of the training set, into {@link TaskData}.
 *
 * <p>The statistics are those of the training examples actually kept, the set the network trains
 * on, as for CIFAR's channels in {@link ImageTasks}: no test example and no discarded training
 * example influences them, and test features are scaled with the same mean and standard deviation
 * (population, ddof = 0, as scikit-learn's {@code StandardScaler}). A feature that is constant in
 * training is only centred.
 */
public final class TabularTask {
  private TabularTask() {}

  /** Which rows the features' mean and standard deviation are taken from. */
  public enum StatisticsFrom {
    /** The training rows actually kept: no test row and no discarded row influences the scaling. */
    KEPT_TRAINING_ROWS,
    /**
     * Every row, test rows included, before the split (scikit-learn's {@code fit_transform} on the
     * whole table): the test set leaks into the scaling.
     */
    ALL_ROWS
  }

  /** Which of a class's training rows the imbalance keeps. */
  public enum KeptRows {
    /** A random subset drawn from the seed ({@link ImbalanceRecipe#select}). */
    SEEDED_SUBSET,
    /**
     * The first rows in the split's order, the same for every seed ({@link
     * ImbalanceRecipe#selectFirst}).
     */
    FIRST_IN_SPLIT_ORDER
  }

  /**
   * How a table is prepared where sources differ.
   *
   * @param statisticsFrom the rows the scaling statistics come from; not null
   * @param keptRows which training rows the imbalance keeps; not null
   */
  public record Choices(StatisticsFrom statisticsFrom, KeptRows keptRows) {
    /** Statistics of the kept training rows and a seeded subset, as SPEC section 7 says. */
    public static final Choices DEFAULT =
        new Choices(StatisticsFrom.KEPT_TRAINING_ROWS, KeptRows.SEEDED_SUBSET);

    /**
     * Checks both are named.
     *
     * @param statisticsFrom the rows the scaling statistics come from
     * @param keptRows which training rows the imbalance keeps
     * @throws IllegalArgumentException if either is null
     */
    public Choices {
      if (statisticsFrom == null || keptRows == null) {
        throw new IllegalArgumentException("both choices are required");
      }
    }
  }

  /**
   * A table's examples before preparation.
   *
   * @param features for each feature, its raw value in every example
   * @param targets the regression target of every example
   * @param classes the mixing class of every example, 0-based
   */
  public record Rows(double[][] features, double[] targets, int[] classes) {
    /**
     * Checks that every array has one entry per example. The arrays are held as given, not copied.
     *
     * @param features for each feature, its raw value in every example
     * @param targets the regression target of every example
     * @param classes the mixing class of every example, 0-based
     * @throws IllegalArgumentException if a feature column or the targets do not have one entry per
     *     class entry
     */
    public Rows {
      for (double[] feature : features) {
        if (feature.length != classes.length) {
          throw new IllegalArgumentException("a feature column has the wrong number of rows");
        }
      }
      if (targets.length != classes.length) {
        throw new IllegalArgumentException(targets.length + " targets for " + classes.length);
      }
    }

    /**
     * Number of examples.
     *
     * @return the length of {@code classes}
     */
    public int size() {
      return classes.length;
    }
  }

  /**
   * Splits {@code rows}, keeps the {@code imbalance} share of each class's training examples
   * (chosen from {@code seed}) and standardises the features.
   *
   * @param name the task's name, e.g. {@code wine-quality}
   * @param rows the examples, unscaled
   * @param classNames one name per mixing class, in class order
   * @param split which rows train (before the imbalance) and which test
   * @param imbalance which share of each class's training rows to keep
   * @param seed chooses the kept training rows
   * @return a regression task with one target per example, features standardised with the kept
   *     training rows' statistics
   * @throws IllegalArgumentException if a class lies outside the recipe's or the class names' range
   * @throws org.learn2mix.data.DataSetException if a class has no training rows
   */
  public static TaskData prepare(
      String name,
      Rows rows,
      List<String> classNames,
      TrainTestSplit split,
      ImbalanceRecipe imbalance,
      long seed) {
    return prepare(name, rows, classNames, split, imbalance, seed, Choices.DEFAULT);
  }

  /**
   * Splits {@code rows}, keeps the {@code imbalance} share of each class's training examples and
   * standardises the features, as {@code choices} say.
   *
   * @param name the task's name, e.g. {@code wine-quality}
   * @param rows the examples, unscaled
   * @param classNames one name per mixing class, in class order
   * @param split which rows train (before the imbalance) and which test
   * @param imbalance which share of each class's training rows to keep
   * @param seed chooses the kept training rows where they are a seeded subset
   * @param choices which rows the statistics come from and which training rows are kept
   * @return a regression task with one target per example
   * @throws IllegalArgumentException if a class lies outside the recipe's or the class names' range
   * @throws org.learn2mix.data.DataSetException if a class has no training rows
   */
  public static TaskData prepare(
      String name,
      Rows rows,
      List<String> classNames,
      TrainTestSplit split,
      ImbalanceRecipe imbalance,
      long seed,
      Choices choices) {
    int[] train =
        choices.keptRows() == KeptRows.SEEDED_SUBSET
            ? keptTraining(rows.classes(), split, imbalance, seed)
            : firstTraining(rows.classes(), split, imbalance);
    Standardisation scaling =
        Standardisation.of(
            rows.features(),
            choices.statisticsFrom() == StatisticsFrom.ALL_ROWS
                ? IntStream.range(0, rows.size()).toArray()
                : train);
    return new TaskData(
        name,
        Task.REGRESSION,
        examples(rows, train, scaling),
        examples(rows, split.test(), scaling),
        classNames);
  }

  /**
   * The training examples {@code imbalance} keeps of {@code split}'s, chosen from {@code seed}.
   *
   * @param classes the class of every example, 0-based
   * @param split which examples train
   * @param imbalance the share of each class's training examples to keep
   * @param seed chooses the examples kept
   * @return indices into {@code classes}, ascending
   */
  public static int[] keptTraining(
      int[] classes, TrainTestSplit split, ImbalanceRecipe imbalance, long seed) {
    int[] candidates = split.train();
    int[] labels = new int[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      labels[i] = classes[candidates[i]];
    }
    int[] kept = imbalance.select(labels, seed);
    int[] train = new int[kept.length];
    for (int i = 0; i < kept.length; i++) {
      train[i] = candidates[kept[i]];
    }
    return train;
  }

  /** The training examples {@code imbalance} keeps: the first of each class in split order. */
  static int[] firstTraining(int[] classes, TrainTestSplit split, ImbalanceRecipe imbalance) {
    int[] candidates = split.train();
    int[] labels = new int[candidates.length];
    for (int i = 0; i < candidates.length; i++) {
      labels[i] = classes[candidates[i]];
    }
    int[] kept = imbalance.selectFirst(labels);
    int[] train = new int[kept.length];
    for (int i = 0; i < kept.length; i++) {
      train[i] = candidates[kept[i]];
    }
    return train;
  }

  private static Examples examples(Rows rows, int[] indices, Standardisation scaling) {
    int d = scaling.featureCount();
    float[] features = new float[indices.length * d];
    float[] targets = new float[indices.length];
    int[] classes = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      int n = indices[i];
      for (int f = 0; f < d; f++) {
        features[i * d + f] = scaling.apply(f, rows.features()[f][n]);
      }
      targets[i] = (float) rows.targets()[n];
      classes[i] = rows.classes()[n];
    }
    return new Examples(features, new long[] {d}, targets, 1, classes);
  }
}
