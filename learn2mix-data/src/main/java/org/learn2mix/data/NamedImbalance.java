package org.learn2mix.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An imbalance asked for by class name, as one's own data states it ({@code neg=0.1}): the recipe
 * it makes, and the check that every class keeps enough training examples to be mixed.
 */
public final class NamedImbalance {
  /** The fewest training examples a class may keep: one more than a class with a single example. */
  public static final int MIN_TRAINING_EXAMPLES = 2;

  private NamedImbalance() {}

  /**
   * The recipe that keeps, of each named class, its fraction of the training examples, and all of
   * every other class.
   *
   * @param keep fractions by class name, each in (0, 1]
   * @param classNames the data's classes, in class order
   * @param source names the data in messages, e.g. its file or folder
   * @return the recipe, one fraction per class
   * @throws DataSetException naming a class that the data does not have, and listing those it has
   */
  public static ImbalanceRecipe recipe(
      Map<String, Double> keep, List<String> classNames, Object source) {
    double[] fractions = new double[classNames.size()];
    Arrays.fill(fractions, 1.0);
    for (Map.Entry<String, Double> e : keep.entrySet()) {
      int c = classNames.indexOf(e.getKey());
      if (c < 0) {
        throw new DataSetException(
            String.format(
                "%s: no class '%s' to keep a share of (the classes are %s)",
                source, e.getKey(), String.join(", ", classNames)));
      }
      fractions[c] = e.getValue();
    }
    return new ImbalanceRecipe(fractions);
  }

  /**
   * Checks that every class has at least {@value #MIN_TRAINING_EXAMPLES} training examples, before
   * and after the imbalance.
   *
   * @param recipe the imbalance
   * @param trainCounts training examples per class before the imbalance
   * @param classNames the classes, in class order
   * @param source names the data in messages, e.g. its file or folder
   * @param noun what one example is called in messages, e.g. {@code example} or {@code image}
   * @param split says where the training examples came from, for the message (e.g. {@code "of 12
   *     rows, 20% held out for testing"}) per class, or null to say nothing more
   * @throws DataSetException naming the first class with too few, and its count
   */
  public static void checkTrainingCounts(
      ImbalanceRecipe recipe,
      int[] trainCounts,
      List<String> classNames,
      Object source,
      String noun,
      java.util.function.IntFunction<String> split) {
    for (int c = 0; c < trainCounts.length; c++) {
      if (trainCounts[c] < MIN_TRAINING_EXAMPLES) {
        throw new DataSetException(
            String.format(
                "%s: class '%s' has %d training %s%s%s; a class needs at least %d",
                source,
                classNames.get(c),
                trainCounts[c],
                noun,
                trainCounts[c] == 1 ? "" : "s",
                split == null ? "" : " (" + split.apply(c) + ")",
                MIN_TRAINING_EXAMPLES));
      }
    }
    int[] kept = recipe.keptCounts(trainCounts);
    double[] fractions = recipe.keepFraction();
    for (int c = 0; c < kept.length; c++) {
      if (kept[c] < MIN_TRAINING_EXAMPLES) {
        throw new DataSetException(
            String.format(
                "%s: class '%s' keeps %d of its %d training %ss (%s); a class needs at least %d",
                source,
                classNames.get(c),
                kept[c],
                trainCounts[c],
                noun,
                percent(fractions[c]),
                MIN_TRAINING_EXAMPLES));
      }
    }
  }

  /**
   * A fraction as a percentage with up to six significant digits, e.g. {@code 12.5%}.
   *
   * @param fraction the fraction
   * @return the percentage text
   */
  public static String percent(double fraction) {
    return new BigDecimal(100 * fraction)
            .round(new MathContext(6))
            .stripTrailingZeros()
            .toPlainString()
        + "%";
  }
}
