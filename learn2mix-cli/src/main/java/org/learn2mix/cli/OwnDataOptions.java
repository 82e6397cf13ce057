package org.learn2mix.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learn2mix.data.tables.TableSpec;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.OwnImageExperiment;
import org.learn2mix.experiment.OwnTableExperiment;
import org.learn2mix.experiment.Preset;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.results.OwnData;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code compare}'s options for a table of one's own instead of a preset: the file, what to learn
 * from it, how to split it, and the network. Checks that they fit together, reads the table and
 * makes the preset for it. An image folder's options are {@link OwnImageOptions}; the split and
 * thinning options serve both.
 */
final class OwnDataOptions {
  /** Every option of this group, for refusing them where they do not apply. */
  static final List<String> NAMES =
      List.of(
          "--table",
          "--label",
          "--target",
          "--class",
          "--class-bins",
          "--separator",
          "--features",
          "--ignore",
          "--missing",
          "--test-fraction",
          "--split-seed",
          "--keep",
          "--hidden");

  @Option(
      names = "--table",
      paramLabel = "FILE",
      description =
          "Compare on your own table instead of a preset: a CSV file with a header line; the"
              + " separator (, ; tab |) is detected. Needs --label, or --target with --class or"
              + " --class-bins.")
  Path table;

  @Option(
      names = "--label",
      paramLabel = "COLUMN",
      description = "Classification: the column holding each row's class.")
  String label;

  @Option(
      names = "--target",
      paramLabel = "COLUMN",
      description = "Regression: the numeric column to predict.")
  String target;

  @Option(
      names = "--class",
      paramLabel = "COLUMN",
      description = "Regression: the categorical column whose values are the classes to mix over.")
  String classColumn;

  @Option(
      names = "--class-bins",
      paramLabel = "N",
      description =
          "Regression without a categorical column: mix over N quantile bins of the target, their"
              + " edges from the training split.")
  Integer classBins;

  @Option(
      names = "--separator",
      paramLabel = "S",
      description = "The cell separator, one character or 'tab' (default: detected).")
  String separator;

  @Option(
      names = "--features",
      split = ",",
      paramLabel = "COLUMN",
      description = "The feature columns (default: every column not otherwise used).")
  List<String> features;

  @Option(
      names = "--ignore",
      split = ",",
      paramLabel = "COLUMN",
      description = "Columns not to use as features.")
  List<String> ignore;

  @Option(
      names = "--missing",
      paramLabel = "HOW",
      description =
          "Rows with a missing feature (empty, NA, NaN, ?): drop drops and counts them, mean fills"
              + " in the training split's mean (default: drop). A missing label, target or class"
              + " always drops the row.")
  String missing;

  @Option(
      names = "--test-fraction",
      paramLabel = "F",
      description =
          "Share of each class held out for testing, in (0, 1) (default: "
              + TableSpec.DEFAULT_TEST_FRACTION
              + ").")
  Double testFraction;

  @Option(
      names = "--split-seed",
      paramLabel = "S",
      description =
          "Fixes which rows test: the same for every --seed, so seeds compare in pairs (default:"
              + " 0).")
  Long splitSeed;

  @Option(
      names = "--keep",
      split = ",",
      paramLabel = "CLASS=FRACTION",
      description =
          "Make classes rare in training: each named class keeps that fraction of its training"
              + " rows, chosen by the seed; the test split is never thinned.")
  List<String> keep;

  @Option(
      names = "--hidden",
      split = ",",
      paramLabel = "N",
      description = "The MLP's hidden layer widths, comma-separated for more layers (default: 64).")
  List<Integer> hidden;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Mixin OwnImageOptions imageOptions = new OwnImageOptions();

  /** The options a table and an image folder share. */
  private static final List<String> SHARED = List.of("--test-fraction", "--split-seed", "--keep");

  private OwnTableExperiment experiment;
  private OwnImageExperiment imageExperiment;
  private PrintStream progress = new PrintStream(OutputStream.nullOutputStream());
  private boolean interactive;

  /** Whether a table or an image folder was named. */
  boolean given() {
    return table != null || imageOptions.given();
  }

  /**
   * Where reading large data shows its progress.
   *
   * @param console where to print
   * @param interactive whether it is a terminal (a bar) or not (lines)
   */
  void progressTo(PrintStream console, boolean interactive) {
    this.progress = console;
    this.interactive = interactive;
  }

  /** Refuses every option of this group beside {@code --resume}. */
  void refuseBesideResume(Path resume) {
    Optional<String> option =
        Stream.concat(matched().stream(), matchedImageOptions().stream()).findFirst();
    if (option.isPresent()) {
      throw new UsageException(
          "--resume continues "
              + resume
              + " with the data it was started on; drop "
              + option.get());
    }
  }

  /**
   * Refuses an option of this group without {@code --table}: it would be silently ignored.
   *
   * @throws UsageException naming the option
   */
  void refuseWithoutTable() {
    Optional<String> option = matched().stream().findFirst();
    if (!given() && option.isPresent()) {
      throw new UsageException(
          option.get()
              + " is for your own data: it needs --table FILE"
              + (SHARED.contains(option.get()) ? " or --images DIR" : ""));
    }
    Optional<String> imageOption =
        matchedImageOptions().stream().filter(o -> !o.equals("--images")).findFirst();
    if (!imageOptions.given() && imageOption.isPresent()) {
      throw new UsageException(
          imageOption.get() + " is for your own images: it needs --images DIR");
    }
    if (table != null && imageOptions.given()) {
      throw new UsageException("give either --table FILE or --images DIR, not both");
    }
    Optional<String> tableOption = matched().stream().filter(o -> !SHARED.contains(o)).findFirst();
    if (imageOptions.given() && tableOption.isPresent()) {
      throw new UsageException(tableOption.get() + " is for --table; --images does not use it");
    }
  }

  /**
   * Reads the table and makes its preset.
   *
   * @param preset the preset named beside {@code --table}, or {@code null}
   * @param dataDir {@code --data-dir}, or {@code null}
   * @param batchSize {@code --batch-size}, which the default epochs then fit, or {@code null}
   * @return the preset for the table
   * @throws UsageException if the options do not fit together
   * @throws org.learn2mix.data.DataSetException if the table cannot be read or does not fit them
   */
  Preset preset(String preset, Path dataDir, Integer batchSize) {
    if (imageOptions.given()) {
      return imagePreset(preset, dataDir, batchSize);
    }
    if (preset != null) {
      throw new UsageException("give either a preset (" + preset + ") or --table FILE, not both");
    }
    if (dataDir != null) {
      throw new UsageException("--data-dir is for presets; --table names its file itself");
    }
    experiment =
        OwnTableExperiment.read(
            new OwnTableExperiment.Setup(spec(), hiddenLayers()),
            batchSize == null ? 0 : batchSize);
    return experiment.preset();
  }

  private Preset imagePreset(String preset, Path dataDir, Integer batchSize) {
    if (preset != null) {
      throw new UsageException("give either a preset (" + preset + ") or --images DIR, not both");
    }
    if (dataDir != null) {
      throw new UsageException("--data-dir is for presets; --images names its folder itself");
    }
    double fraction = testFraction == null ? TableSpec.DEFAULT_TEST_FRACTION : testFraction;
    if (!(fraction > 0 && fraction < 1)) {
      throw new UsageException("--test-fraction must be in (0, 1), was " + testFraction);
    }
    imageExperiment =
        imageOptions.read(
            fraction,
            splitSeed == null ? 0 : splitSeed,
            testFraction != null || splitSeed != null,
            keepFractions(),
            batchSize == null ? 0 : batchSize,
            progress,
            interactive);
    return imageExperiment.preset();
  }

  /**
   * Prints what was read and the settings chosen for it, marking those the user gave; nothing
   * without a table.
   *
   * @param console where to print
   * @param settings the resolved settings
   */
  void announce(PrintStream console, ExperimentSettings settings) {
    if (imageExperiment != null) {
      OwnImageAnnouncement.print(console, imageExperiment, settings, givenHyperparameters());
    }
    if (experiment != null) {
      ParseResult parsed = command.commandLine().getParseResult();
      OwnDataAnnouncement.print(
          console,
          experiment,
          settings,
          List.of("--lr", "--gamma", "--batch-size", "--epochs").stream()
              .filter(parsed::hasMatchedOption)
              .collect(Collectors.toSet()));
    }
  }

  /** What results record about the table or image folder, or {@code null} without one. */
  OwnData record() {
    if (imageExperiment != null) {
      return imageExperiment.ownData();
    }
    return experiment == null ? null : experiment.ownData();
  }

  private Set<String> givenHyperparameters() {
    ParseResult parsed = command.commandLine().getParseResult();
    return List.of("--lr", "--gamma", "--batch-size", "--epochs").stream()
        .filter(parsed::hasMatchedOption)
        .collect(Collectors.toSet());
  }

  private List<String> matchedImageOptions() {
    ParseResult parsed = command.commandLine().getParseResult();
    return OwnImageOptions.NAMES.stream().filter(parsed::hasMatchedOption).toList();
  }

  /** The table read, or {@code null} before {@link #preset} or without one. */
  OwnTableExperiment experiment() {
    return experiment;
  }

  private TableSpec spec() {
    if (label != null && target != null) {
      throw new UsageException(
          "--label (classification) and --target (regression) exclude each other; give one");
    }
    if (label == null && target == null) {
      throw new UsageException(
          "--table needs --label COLUMN (classification) or --target COLUMN (regression)");
    }
    if (label != null && (classColumn != null || classBins != null)) {
      throw new UsageException(
          (classColumn != null ? "--class" : "--class-bins")
              + " is for regression (--target); with --label the label is the class");
    }
    if (target != null && (classColumn == null) == (classBins == null)) {
      throw new UsageException(
          classColumn == null
              ? "--target needs --class COLUMN or --class-bins N: the classes to mix over"
              : "--class and --class-bins exclude each other; give one");
    }
    if (classBins != null && classBins < 2) {
      throw new UsageException("--class-bins must be at least 2, was " + classBins);
    }
    double fraction = testFraction == null ? TableSpec.DEFAULT_TEST_FRACTION : testFraction;
    if (!(fraction > 0 && fraction < 1)) {
      throw new UsageException("--test-fraction must be in (0, 1), was " + testFraction);
    }
    Character sep;
    try {
      sep = OwnTableExperiment.separator(separator);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--separator: " + e.getMessage(), e);
    }
    return new TableSpec(
        table,
        sep,
        label,
        target,
        classColumn,
        classBins == null ? 0 : classBins,
        features == null ? List.of() : features,
        ignore == null ? List.of() : ignore,
        missingValues(),
        fraction,
        splitSeed == null ? 0 : splitSeed,
        keepFractions());
  }

  private TableSpec.MissingValues missingValues() {
    if (missing == null || missing.equals("drop")) {
      return TableSpec.MissingValues.DROP;
    }
    if (missing.equals("mean")) {
      return TableSpec.MissingValues.MEAN;
    }
    throw new UsageException("--missing must be drop or mean, was " + missing);
  }

  private Map<String, Double> keepFractions() {
    Map<String, Double> fractions = new LinkedHashMap<>();
    if (keep == null) {
      return fractions;
    }
    for (String entry : keep) {
      int at = entry.lastIndexOf('=');
      if (at <= 0) {
        throw new UsageException("--keep wants CLASS=FRACTION, got '" + entry + "'");
      }
      String name = entry.substring(0, at).strip();
      double fraction;
      try {
        fraction = Double.parseDouble(entry.substring(at + 1).strip());
      } catch (NumberFormatException e) {
        throw new UsageException("--keep " + entry + ": the fraction is not a number", e);
      }
      if (!(fraction > 0 && fraction <= 1)) {
        throw new UsageException("--keep " + entry + ": the fraction must be in (0, 1]");
      }
      if (fractions.put(name, fraction) != null) {
        throw new UsageException("--keep names class " + name + " twice");
      }
    }
    return fractions;
  }

  private List<Integer> hiddenLayers() {
    if (hidden == null || hidden.isEmpty()) {
      return List.of(org.learn2mix.model.Mlp.HIDDEN);
    }
    for (int width : hidden) {
      if (width < 1) {
        throw new UsageException("--hidden widths must be at least 1, got " + width);
      }
    }
    return hidden;
  }

  private List<String> matched() {
    ParseResult parsed = command.commandLine().getParseResult();
    return NAMES.stream().filter(parsed::hasMatchedOption).toList();
  }
}
