package org.learn2mix.data.tables;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.learn2mix.data.DataSetException;

/**
 * Quantile bins of a regression target, as mixing classes where a table has no categorical column
 * to mix over: N bins of about equal size, cut at the target's quantiles j/N (j = 1..N−1).
 */
final class TargetBins {
  private TargetBins() {}

  /**
   * The N−1 edges cutting {@code targets} over {@code rows} into N bins: edge j is the value at
   * sorted position ⌊j · n / N⌋ of the n values.
   *
   * @throws DataSetException if two edges coincide (the target has too few distinct values)
   */
  static double[] edges(double[] targets, int[] rows, int bins, Path file, String column) {
    double[] sorted = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      sorted[i] = targets[rows[i]];
    }
    Arrays.sort(sorted);
    double[] edges = new double[bins - 1];
    for (int j = 1; j < bins; j++) {
      edges[j - 1] = sorted[(int) ((long) j * sorted.length / bins)];
      if (j > 1 && edges[j - 1] <= edges[j - 2] || edges[j - 1] <= sorted[0]) {
        throw new DataSetException(
            String.format(
                Locale.ROOT,
                "%s: the target column '%s' has too few different values to cut into %d bins of"
                    + " about equal size; ask for fewer bins",
                file,
                column,
                bins));
      }
    }
    return edges;
  }

  /** The bin of every target: the number of edges at or below it. */
  static int[] classes(double[] targets, double[] edges) {
    int[] classes = new int[targets.length];
    for (int n = 0; n < targets.length; n++) {
      int c = 0;
      while (c < edges.length && targets[n] >= edges[c]) {
        c++;
      }
      classes[n] = c;
    }
    return classes;
  }

  /** Names saying each bin's range: {@code <a}, {@code [a,b)}, ..., {@code >=z}. */
  static List<String> names(double[] edges) {
    List<String> names = new ArrayList<>();
    names.add("<" + format(edges[0]));
    for (int j = 1; j < edges.length; j++) {
      names.add("[" + format(edges[j - 1]) + "," + format(edges[j]) + ")");
    }
    names.add(">=" + format(edges[edges.length - 1]));
    return names;
  }

  private static String format(double value) {
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
