package org.learn2mix.data.tables;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to learn from a table of one's own, and how to prepare it (SPEC section 9).
 *
 * <p>Classification names a label column, whose values are the classes. Regression names a numeric
 * target column and what splits the rows into mixing classes: a categorical column, or a number of
 * quantile bins of the target.
 *
 * @param file the CSV file
 * @param separator the cell separator, or {@code null} to detect it
 * @param label the class column of a classification, or {@code null} for regression
 * @param target the target column of a regression, or {@code null} for classification
 * @param classColumn the column whose values are a regression's mixing classes, or {@code null}
 * @param classBins the number of quantile bins of the target that are a regression's mixing
 *     classes, or 0 where {@code classColumn} names them
 * @param features the feature columns, or empty for every column not otherwise used
 * @param ignore columns not to use as features
 * @param missing what happens to a row with a missing feature value
 * @param testFraction the share of each class's rows held out for testing, in (0, 1)
 * @param splitSeed fixes which rows are held out, the same for every training seed
 * @param keep for some classes, by name, the fraction of their training rows kept, in (0, 1]
 * @param testFile a second CSV file with the same columns holding the test rows, or {@code null} to
 *     split {@code file} by {@code testFraction}
 */
public record TableSpec(
    Path file,
    Character separator,
    String label,
    String target,
    String classColumn,
    int classBins,
    List<String> features,
    List<String> ignore,
    MissingValues missing,
    double testFraction,
    long splitSeed,
    Map<String, Double> keep,
    Path testFile) {
  /** The share of rows held out for testing unless said otherwise. */
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  /** What happens to a row with a missing feature value. */
  public enum MissingValues {
    /** The row is dropped, and counted. */
    DROP,
    /**
     * A missing number becomes the training split's mean of its column, a missing category encodes
     * as all zeros; both are counted.
     */
    MEAN;

    /**
     * The lower-case name.
     *
     * @return {@code drop} or {@code mean}, as results record it
     */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Checks that the roles are consistent and the numbers in range.
   *
   * @param file the CSV file
   * @param separator the separator, or {@code null} to detect it
   * @param label the label column, or {@code null}
   * @param target the target column, or {@code null}
   * @param classColumn the class column, or {@code null}
   * @param classBins the number of target bins, or 0
   * @param features the feature columns, or empty for all others (copied)
   * @param ignore the columns to leave out (copied)
   * @param missing the missing-value policy
   * @param testFraction the share held out, in (0, 1)
   * @param splitSeed the split's seed
   * @param keep fractions kept by class name, each in (0, 1] (copied, order kept)
   * @param testFile the file of test rows, or {@code null} to split {@code file}
   * @throws IllegalArgumentException if they are not consistent or out of range
   */
  public TableSpec {
    if (file == null || missing == null) {
      throw new IllegalArgumentException("a table needs its file and a missing-value policy");
    }
    if ((label == null) == (target == null)) {
      throw new IllegalArgumentException("name either a label or a target column");
    }
    if (label != null && (classColumn != null || classBins != 0)) {
      throw new IllegalArgumentException("the label is the class of a classification");
    }
    if (target != null && (classColumn == null) == (classBins == 0)) {
      throw new IllegalArgumentException("a regression needs a class column or class bins");
    }
    if (classBins < 0 || classBins == 1) {
      throw new IllegalArgumentException("class bins must be at least 2, was " + classBins);
    }
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("the test fraction must lie in (0, 1)");
    }
    features = List.copyOf(features);
    ignore = List.copyOf(ignore);
    keep = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keep));
    for (Map.Entry<String, Double> e : keep.entrySet()) {
      if (!(e.getValue() > 0 && e.getValue() <= 1)) {
        throw new IllegalArgumentException(
            "class " + e.getKey() + " keeps " + e.getValue() + "; a fraction must lie in (0, 1]");
      }
    }
  }

  /**
   * A classification of {@code file} by {@code label}, with every other column a feature, rows with
   * missing values dropped and the default split.
   *
   * @param file the CSV file
   * @param label the class column
   * @return the spec
   */
  public static TableSpec classification(Path file, String label) {
    return new TableSpec(
        file,
        null,
        label,
        null,
        null,
        0,
        List.of(),
        List.of(),
        MissingValues.DROP,
        DEFAULT_TEST_FRACTION,
        0,
        Map.of(),
        null);
  }

  /**
   * A regression of {@code target} mixing over the classes of {@code classColumn}, with every other
   * column a feature, rows with missing values dropped and the default split.
   *
   * @param file the CSV file
   * @param target the target column
   * @param classColumn the class column
   * @return the spec
   */
  public static TableSpec regression(Path file, String target, String classColumn) {
    return new TableSpec(
        file,
        null,
        null,
        target,
        classColumn,
        0,
        List.of(),
        List.of(),
        MissingValues.DROP,
        DEFAULT_TEST_FRACTION,
        0,
        Map.of(),
        null);
  }

  /**
   * Whether this is a classification.
   *
   * @return true when a label column is named (the label is the class)
   */
  public boolean classifies() {
    return label != null;
  }
}
