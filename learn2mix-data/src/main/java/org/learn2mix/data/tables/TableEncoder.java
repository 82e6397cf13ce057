package org.learn2mix.data.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.learn2mix.data.Examples;
import org.learn2mix.data.TaskData;

/**
 * Turns a table's feature columns into the features of one seed's examples, with statistics of that
 * seed's training rows only: numbers imputed (if asked) and standardised as {@link Standardisation}
 * does, categories one-hot encoded over the categories the training rows hold, in sorted order.
 * Features keep the file's column order, a categorical column widening in place.
 */
final class TableEncoder {
  private final OwnTable table;
  private final int[] train;
  private final Map<String, Integer> oneHotWidths = new LinkedHashMap<>();
  private final Map<String, Integer> unseen = new LinkedHashMap<>();
  private final Map<String, Integer> imputed = new LinkedHashMap<>();

  /** Per feature column: its filled numbers, or its categories' positions. */
  private final List<double[]> numbers = new ArrayList<>();

  private final List<Map<String, Integer>> levels = new ArrayList<>();
  private Standardisation scaling;
  private int width;

  private TableEncoder(OwnTable table, int[] train) {
    this.table = table;
    this.train = train;
  }

  /**
   * The task of the rows {@code train} and {@code test} of {@code table}.
   *
   * @param table the table
   * @param train the training rows (after any imbalance)
   * @param test the test rows
   * @return the task and notes on its encoding
   */
  static PreparedTable encode(OwnTable table, int[] train, int[] test) {
    TableEncoder encoder = new TableEncoder(table, train);
    encoder.fit();
    TaskData data =
        new TaskData(
            table.name(),
            table.task(),
            encoder.examples(train, false),
            encoder.examples(test, true),
            table.classNames());
    return new PreparedTable(data, encoder.oneHotWidths, encoder.unseen, encoder.imputed);
  }

  /** Learns the means, standard deviations and categories from the training rows. */
  private void fit() {
    boolean impute = table.spec().missing() == TableSpec.MissingValues.MEAN;
    for (FeatureColumn column : table.features()) {
      if (column instanceof FeatureColumn.Numbers n) {
        numbers.add(impute ? filled(n) : n.values());
        levels.add(null);
        width++;
      } else if (column instanceof FeatureColumn.Categories c) {
        TreeSet<String> seen = new TreeSet<>();
        for (int row : train) {
          if (c.values()[row] != null) {
            seen.add(c.values()[row]);
          }
        }
        Map<String, Integer> positions = new HashMap<>();
        for (String level : seen) {
          positions.put(level, positions.size());
        }
        numbers.add(null);
        levels.add(positions);
        oneHotWidths.put(c.name(), positions.size());
        width += positions.size();
        int missing = 0;
        for (String value : c.values()) {
          missing += value == null ? 1 : 0;
        }
        if (missing > 0) {
          imputed.put(c.name(), missing);
        }
      }
    }
    List<double[]> present = numbers.stream().filter(v -> v != null).toList();
    scaling = Standardisation.of(present.toArray(double[][]::new), train);
  }

  /** {@code column} with each missing value replaced by the mean of its training values. */
  private double[] filled(FeatureColumn.Numbers column) {
    double[] values = column.values();
    double sum = 0;
    int count = 0;
    for (int row : train) {
      if (!Double.isNaN(values[row])) {
        sum += values[row];
        count++;
      }
    }
    double mean = count > 0 ? sum / count : 0;
    double[] filled = values.clone();
    int missing = 0;
    for (int n = 0; n < filled.length; n++) {
      if (Double.isNaN(filled[n])) {
        filled[n] = mean;
        missing++;
      }
    }
    if (missing > 0) {
      imputed.put(column.name(), missing);
    }
    return filled;
  }

  private Examples examples(int[] rows, boolean counting) {
    float[] features = new float[rows.length * width];
    List<FeatureColumn> columns = table.features();
    int offset = 0;
    int numeric = 0;
    for (int f = 0; f < columns.size(); f++) {
      if (numbers.get(f) != null) {
        double[] values = numbers.get(f);
        for (int i = 0; i < rows.length; i++) {
          features[i * width + offset] = scaling.apply(numeric, values[rows[i]]);
        }
        numeric++;
        offset++;
      } else {
        String[] values = ((FeatureColumn.Categories) columns.get(f)).values();
        Map<String, Integer> positions = levels.get(f);
        int unknown = 0;
        for (int i = 0; i < rows.length; i++) {
          String value = values[rows[i]];
          Integer position = value == null ? null : positions.get(value);
          if (position != null) {
            features[i * width + offset + position] = 1;
          } else if (value != null) {
            unknown++;
          }
        }
        if (counting && unknown > 0) {
          unseen.put(columns.get(f).name(), unknown);
        }
        offset += positions.size();
      }
    }
    int[] classes = new int[rows.length];
    float[] targets = table.targets() == null ? null : new float[rows.length];
    for (int i = 0; i < rows.length; i++) {
      classes[i] = table.classes()[rows[i]];
      if (targets != null) {
        targets[i] = (float) table.targets()[rows[i]];
      }
    }
    return new Examples(features, new long[] {width}, targets, targets == null ? 0 : 1, classes);
  }
}
