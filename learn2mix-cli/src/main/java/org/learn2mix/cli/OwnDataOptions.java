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
import org.learn2mix.data.text.TextFolderSpec;
import org.learn2mix.data.text.TextTasks;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.OwnImageExperiment;
import org.learn2mix.experiment.OwnTableExperiment;
import org.learn2mix.experiment.OwnTextExperiment;
import org.learn2mix.experiment.Preset;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.results.OwnData;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code compare}'s options for data of one's own instead of a preset: a table (the file, what to
 * learn from it, the network), a folder of texts (tokens kept, vocabulary) or a folder of images
 * ({@link OwnImageOptions}), and how to split it and which classes to thin, which all three share.
 * Checks that they fit together, reads the data and makes the preset for it.
 */
final class OwnDataOptions {
  /** Every option of this group, for refusing them where they do not apply. */
  static final List<String> NAMES =
      List.of(
          "--table",
          "--test-table",
          "--texts",
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
          "--hidden",
          "--max-tokens",
          "--min-count");

  /** The options that only a table takes. */
  private static final List<String> TABLE_ONLY =
      List.of(
          "--test-table",
          "--label",
          "--target",
          "--class",
          "--class-bins",
          "--separator",
          "--features",
          "--ignore",
          "--missing",
          "--hidden");

  /** The options that only a text folder takes. */
  private static final List<String> TEXTS_ONLY = List.of("--max-tokens", "--min-count");

  /** The options a table, a text folder and an image folder share. */
  private static final List<String> SHARED = List.of("--test-fraction", "--split-seed", "--keep");

  @Option(
      names = "--table",
      paramLabel = "FILE",
      description =
          "Compare on your own table instead of a preset: a CSV file with a header line; the"
              + " separator (, ; tab |) is detected. Needs --label, or --target with --class or"
              + " --class-bins.")
  Path table;

  @Option(
      names = "--test-table",
      paramLabel = "FILE",
      description =
          "The test rows in a file of their own, with the same columns as --table; then every row"
              + " of --table trains (default: --test-fraction of --table tests).")
  Path testTable;

  @Option(
      names = "--texts",
      paramLabel = "DIR",
      description =
          "Compare on your own texts instead of a preset: DIR/train/<class>/*.txt, and"
              + " DIR/test/<class>/*.txt where the texts come with a test set (else --test-fraction"
              + " splits them). UTF-8. The extracted IMDB archive works as it is.")
  Path texts;

  @Option(
      names = "--max-tokens",
      paramLabel = "N",
      description =
          "Texts: the tokens kept per text, longer texts cut, shorter ones padded (default: "
              + TextTasks.SEQUENCE_LENGTH
              + ", as the imdb preset).")
  Integer maxTokens;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description =
          "Texts: the fewest training occurrences that earn a word a place in the vocabulary"
              + " (default: "
              + TextTasks.MIN_COUNT
              + ", as the imdb preset).")
  Integer minCount;

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

  private OwnTableExperiment experiment;
  private OwnTextExperiment textExperiment;
  private OwnImageExperiment imageExperiment;
  private PrintStream progress = new PrintStream(OutputStream.nullOutputStream());
  private boolean interactive;

  /** Whether a table, a text folder or an image folder was named. */
  boolean given() {
    return !sources().isEmpty();
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
   * Refuses an option of this group without the data it is for: it would be silently ignored.
   *
   * @throws UsageException naming the option
   */
  void refuseWithoutOwnData() {
    List<Source> sources = sources();
    if (sources.size() > 1) {
      throw new UsageException(
          "give either " + sources.get(0).usage() + " or " + sources.get(1).usage() + ", not both");
    }
    List<String> matched =
        Stream.concat(matched().stream(), matchedImageOptions().stream())
            .filter(o -> !o.equals(Source.IMAGES.option))
            .toList();
    for (String option : matched) {
      Source source = sourceOf(option);
      if (sources.isEmpty()) {
        throw new UsageException(
            option
                + (source == null
                    ? " is for your own data: it needs --table FILE, --texts DIR or --images DIR"
                    : " is for your own " + source.noun + ": it needs " + source.usage()));
      }
      if (source != null && source != sources.get(0)) {
        throw new UsageException(
            option
                + " is for "
                + source.option
                + "; "
                + sources.get(0).option
                + " does not use it");
      }
    }
  }

  /** The kinds of data of one's own, each named by one option. */
  private enum Source {
    TABLE("--table", "FILE", "file", "data"),
    TEXTS("--texts", "DIR", "folder", "texts"),
    IMAGES("--images", "DIR", "folder", "images");

    final String option;
    final String parameter;
    final String thing;
    final String noun;

    Source(String option, String parameter, String thing, String noun) {
      this.option = option;
      this.parameter = parameter;
      this.thing = thing;
      this.noun = noun;
    }

    /** The option with its parameter, e.g. {@code --table FILE}. */
    String usage() {
      return option + " " + parameter;
    }
  }

  /** The own data named, in the order table, texts, images. */
  private List<Source> sources() {
    List<Source> sources = new java.util.ArrayList<>();
    if (table != null) {
      sources.add(Source.TABLE);
    }
    if (texts != null) {
      sources.add(Source.TEXTS);
    }
    if (imageOptions.given()) {
      sources.add(Source.IMAGES);
    }
    return sources;
  }

  /** The one kind of own data that {@code option} is for, or null for an option all share. */
  private static Source sourceOf(String option) {
    if (TABLE_ONLY.contains(option)) {
      return Source.TABLE;
    }
    if (TEXTS_ONLY.contains(option)) {
      return Source.TEXTS;
    }
    if (OwnImageOptions.NAMES.contains(option)) {
      return Source.IMAGES;
    }
    return null;
  }

  /**
   * Reads the table, text folder or image folder and makes its preset.
   *
   * @param preset the preset named beside the own data, or {@code null}
   * @param dataDir {@code --data-dir}, or {@code null}
   * @param batchSize {@code --batch-size}, which the default epochs then fit, or {@code null}
   * @return the preset for the data
   * @throws UsageException if the options do not fit together
   * @throws org.learn2mix.data.DataSetException if the data cannot be read or does not fit them
   */
  Preset preset(String preset, Path dataDir, Integer batchSize) {
    Source source = sources().get(0);
    if (preset != null) {
      throw new UsageException(
          "give either a preset (" + preset + ") or " + source.usage() + ", not both");
    }
    if (dataDir != null) {
      throw new UsageException(
          "--data-dir is for presets; " + source.option + " names its " + source.thing + " itself");
    }
    int batch = batchSize == null ? 0 : batchSize;
    if (imageOptions.given()) {
      imageExperiment =
          imageOptions.read(
              testFraction(),
              splitSeed == null ? 0 : splitSeed,
              testFraction != null || splitSeed != null,
              keepFractions(),
              batch,
              progress,
              interactive);
      return imageExperiment.preset();
    }
    if (texts != null) {
      try (ReadingDisplay reading =
          ReadingDisplay.of(progress, interactive, "reading texts", " texts")) {
        textExperiment = OwnTextExperiment.read(textSpec(), batch, reading);
      }
      return textExperiment.preset();
    }
    experiment =
        OwnTableExperiment.read(
            new OwnTableExperiment.Setup(spec(), hiddenLayers()),
            batchSize == null ? 0 : batchSize);
    return experiment.preset();
  }

  /**
   * Prints what was read and the settings chosen for it, marking those the user gave; nothing
   * without a table.
   *
   * @param console where to print
   * @param settings the resolved settings
   */
  void announce(PrintStream console, ExperimentSettings settings) {
    ParseResult parsed = command.commandLine().getParseResult();
    Set<String> given =
        List.of("--lr", "--gamma", "--batch-size", "--epochs").stream()
            .filter(parsed::hasMatchedOption)
            .collect(Collectors.toSet());
    if (experiment != null) {
      OwnDataAnnouncement.print(console, experiment, settings, given);
    }
    if (textExperiment != null) {
      TextAnnouncement.print(console, textExperiment, settings, given);
    }
    if (imageExperiment != null) {
      OwnImageAnnouncement.print(console, imageExperiment, settings, given);
    }
  }

  /** What results record about the data, or {@code null} without own data. */
  OwnData record() {
    if (textExperiment != null) {
      return textExperiment.ownData();
    }
    if (imageExperiment != null) {
      return imageExperiment.ownData();
    }
    return experiment == null ? null : experiment.ownData();
  }

  private TextFolderSpec textSpec() {
    double fraction = testFraction();
    if (maxTokens != null && maxTokens < 1) {
      throw new UsageException("--max-tokens must be at least 1, was " + maxTokens);
    }
    if (minCount != null && minCount < 1) {
      throw new UsageException("--min-count must be at least 1, was " + minCount);
    }
    return new TextFolderSpec(
        texts,
        fraction,
        splitSeed == null ? 0 : splitSeed,
        keepFractions(),
        maxTokens == null ? TextTasks.SEQUENCE_LENGTH : maxTokens,
        minCount == null ? TextTasks.MIN_COUNT : minCount);
  }

  private double testFraction() {
    double fraction = testFraction == null ? TableSpec.DEFAULT_TEST_FRACTION : testFraction;
    if (!(fraction > 0 && fraction < 1)) {
      throw new UsageException("--test-fraction must be in (0, 1), was " + testFraction);
    }
    return fraction;
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
    if (testTable != null && (testFraction != null || splitSeed != null)) {
      throw new UsageException(
          (testFraction != null ? "--test-fraction" : "--split-seed")
              + " splits the test rows off --table; --test-table gives them: drop one");
    }
    double fraction = testFraction();
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
        keepFractions(),
        testTable);
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

  private List<String> matchedImageOptions() {
    ParseResult parsed = command.commandLine().getParseResult();
    return OwnImageOptions.NAMES.stream().filter(parsed::hasMatchedOption).toList();
  }

  private List<String> matched() {
    ParseResult parsed = command.commandLine().getParseResult();
    return NAMES.stream().filter(parsed::hasMatchedOption).toList();
  }
}
