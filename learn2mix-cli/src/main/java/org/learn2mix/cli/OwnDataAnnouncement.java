package org.learn2mix.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learn2mix.data.NamedImbalance;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.tables.CsvSeparator;
import org.learn2mix.data.tables.OwnTable;
import org.learn2mix.data.tables.PreparedTable;
import org.learn2mix.data.tables.TableSpec;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.OwnDataDefaults;
import org.learn2mix.experiment.OwnTableExperiment;
import org.learn2mix.train.TrainingSettings;

/**
 * What a comparison on one's own table read and chose, printed before training: the file, the task,
 * the columns used, ignored and one-hot encoded, the rows dropped, each class's rows in each split,
 * the network, and each hyperparameter with why it was chosen (or that the user gave it).
 */
final class OwnDataAnnouncement {
  private OwnDataAnnouncement() {}

  /**
   * Prints the announcement.
   *
   * @param console where to print
   * @param experiment the table read
   * @param settings the resolved settings
   * @param given the hyperparameter options the user gave
   */
  static void print(
      PrintStream console,
      OwnTableExperiment experiment,
      ExperimentSettings settings,
      Set<String> given) {
    OwnTable table = experiment.table();
    TableSpec spec = table.spec();
    PreparedTable first = table.prepare(settings.seeds().get(0));
    TaskData data = first.data();
    console.println("table: " + spec.file().toAbsolutePath().normalize());
    console.printf(
        "  SHA-256 %s, separator %s, %d rows, %d columns%n",
        table.sha256(),
        CsvSeparator.describe(table.separator()),
        table.rowsRead(),
        table.columnCount());
    table
        .testFile()
        .ifPresent(
            test ->
                console.printf(
                    "  test rows from %s, SHA-256 %s%n",
                    test.path().toAbsolutePath().normalize(), test.sha256()));
    console.println("  " + task(table, data));
    List<String> numeric = table.numericFeatures();
    console.println(
        "  numeric features, standardised with training statistics: "
            + (numeric.isEmpty()
                ? "none"
                : numeric.size() + " (" + String.join(", ", numeric) + ")"));
    console.println("  one-hot encoded: " + oneHot(first));
    console.println(
        "  ignored: " + (table.ignored().isEmpty() ? "none" : String.join(", ", table.ignored())));
    console.println("  rows dropped: " + dropped(table));
    if (!first.imputedCells().isEmpty()) {
      console.println(
          "  missing values filled in (a number's training mean, a category's zeros): "
              + counts(first.imputedCells()));
    }
    first
        .unseenTestCategories()
        .forEach(
            (column, rows) ->
                console.printf(
                    "  warning: %d test row%s of %s hold%s a category no training row has;"
                        + " encoded as all zeros%n",
                    rows, rows == 1 ? "" : "s", column, rows == 1 ? "s" : ""));
    String kept =
        spec.keep().isEmpty() ? "" : "; training keeps " + keep(spec.keep()) + ", drawn per seed";
    if (spec.testFile() != null) {
      console.printf("  split: the test file's rows test, every row of the table trains%s%n", kept);
    } else {
      console.printf(
          "  split: %s of each class tests, split seed %d (the same test rows for every"
              + " seed)%s%n",
          NamedImbalance.percent(spec.testFraction()), spec.splitSeed(), kept);
    }
    classTable(console, table.classNames(), table.trainCounts(), table.testCounts());
    console.println("  network: " + network(data, experiment.setup().hidden()));
    hyperparameters(console, experiment.defaults(), settings.training(), given);
  }

  private static String task(OwnTable table, TaskData data) {
    TableSpec spec = table.spec();
    String metric =
        "metric "
            + data.task().metric()
            + " ("
            + (data.task().higherIsBetter() ? "higher" : "lower")
            + " is better)";
    if (data.task() == Task.CLASSIFICATION) {
      return "classification of '"
          + spec.label()
          + "' into "
          + table.classNames().size()
          + " classes; "
          + metric;
    }
    String scale =
        table.targetScale() == 1
            ? ""
            : " divided by "
                + number(table.targetScale())
                + " (near its training standard deviation; "
                + data.task().metric()
                + " is in those units squared)";
    String classes =
        spec.classColumn() != null
            ? "the " + table.classNames().size() + " classes of '" + spec.classColumn() + "'"
            : spec.classBins()
                + " quantile bins of the target, cut at the training split's quantiles";
    return "regression of '"
        + spec.target()
        + "'"
        + scale
        + ", mixing over "
        + classes
        + "; "
        + metric;
  }

  private static String oneHot(PreparedTable prepared) {
    if (prepared.oneHotWidths().isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    prepared
        .oneHotWidths()
        .forEach((column, width) -> parts.add(column + " (" + width + " categories)"));
    return String.join(", ", parts);
  }

  private static String dropped(OwnTable table) {
    if (table.rowsDropped() == 0) {
      return table.missingCells().isEmpty()
          ? "none"
          : "none (missing feature values are filled in)";
    }
    return table.rowsDropped()
        + " with a missing value (missing cells: "
        + counts(table.missingCells())
        + ")";
  }

  private static String counts(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((column, count) -> parts.add(column + " " + count));
    return String.join(", ", parts);
  }

  /** The kept shares as the options give them, e.g. {@code neg=0.1, pos=0.5}. */
  static String keep(Map<String, Double> keep) {
    List<String> parts = new ArrayList<>();
    keep.forEach((name, fraction) -> parts.add(name + "=" + number(fraction)));
    return String.join(", ", parts);
  }

  /** A table of examples per class in each split. */
  static void classTable(PrintStream console, List<String> names, int[] train, int[] test) {
    int width = "class".length();
    for (String name : names) {
      width = Math.max(width, name.length());
    }
    String row = "    %-" + width + "s  %7s  %6s%n";
    console.printf(row, "class", "train", "test");
    for (int c = 0; c < names.size(); c++) {
      console.printf(row, names.get(c), train[c], test[c]);
    }
  }

  private static String network(TaskData data, List<Integer> hidden) {
    StringBuilder text = new StringBuilder("MLP ").append(data.train().featureCount());
    for (int width : hidden) {
      text.append(" -> ").append(width).append(" -> ReLU");
    }
    int outputs = data.task() == Task.CLASSIFICATION ? data.classCount() : 1;
    return text.append(" -> ").append(outputs).toString();
  }

  /** Each hyperparameter with its value and why it was chosen, or that the user gave it. */
  static void hyperparameters(
      PrintStream console, OwnDataDefaults defaults, TrainingSettings training, Set<String> given) {
    console.printf(
        "settings for %d training %s (change them with the options shown):%n",
        defaults.trainingExamples(), defaults.rule().noun());
    line(console, "--lr", number(training.learningRate()), defaults.learningRateReason(), given);
    line(console, "--gamma", number(training.mixing().gamma()), defaults.gammaReason(), given);
    line(
        console,
        "--batch-size",
        String.valueOf(training.batchSize()),
        defaults.batchSizeReason(),
        given);
    line(console, "--epochs", String.valueOf(training.epochs()), defaults.epochsReason(), given);
  }

  private static void line(
      PrintStream console, String option, String value, String reason, Set<String> given) {
    console.printf("  %-12s %-7s %s%n", option, value, given.contains(option) ? "yours" : reason);
  }

  /** A number without trailing zeros, e.g. {@code 0.001}. */
  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
