package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learn2mix.data.Task;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.tables.CsvSeparator;
import org.learn2mix.data.tables.OwnTable;
import org.learn2mix.data.tables.TableSpec;
import org.learn2mix.model.Mlp;
import org.learn2mix.results.ExperimentPlan;
import org.learn2mix.results.OwnData;

/**
 * A comparison on a table of one's own: the table read once, a preset made for it (an MLP, and
 * hyperparameters chosen for its size) and the record of what was read that lets the experiment be
 * resumed and repeated.
 */
public final class OwnTableExperiment {
  /** The kind of own data results record. */
  public static final String KIND = "table";

  private final Setup setup;
  private final OwnTable table;
  private final OwnDataDefaults defaults;

  /**
   * What the user asked for.
   *
   * @param spec the table and what to learn from it
   * @param hidden the MLP's hidden widths
   */
  public record Setup(TableSpec spec, List<Integer> hidden) {
    /** Copies the widths and checks there is one at least. */
    public Setup {
      hidden = List.copyOf(hidden);
      if (spec == null || hidden.isEmpty()) {
        throw new IllegalArgumentException("a table and at least one hidden layer are needed");
      }
    }
  }

  private OwnTableExperiment(Setup setup, OwnTable table, int batchSize) {
    this.setup = setup;
    this.table = table;
    this.defaults =
        OwnDataDefaults.choose(OwnDataDefaults.TABLE, sum(table.trainCounts()), batchSize);
  }

  /**
   * Reads the table.
   *
   * @param setup what the user asked for
   * @param batchSize the user's batch size, which the default epochs fit, or 0
   * @return the experiment
   * @throws org.learn2mix.data.DataSetException if the table cannot be read or does not fit
   */
  public static OwnTableExperiment read(Setup setup, int batchSize) {
    return new OwnTableExperiment(setup, OwnTable.read(setup.spec()), batchSize);
  }

  /** The table as read. */
  public OwnTable table() {
    return table;
  }

  /** What the user asked for. */
  public Setup setup() {
    return setup;
  }

  /** The hyperparameters chosen for the table's size. */
  public OwnDataDefaults defaults() {
    return defaults;
  }

  /** The preset: the table's data, an MLP and the defaults, named after the file. */
  public Preset preset() {
    Task task = table.task();
    List<Integer> hidden = setup.hidden();
    return new Preset(
        table.name(),
        "own table " + table.spec().file().getFileName() + "; MLP",
        task,
        DataRecipe.of(dataDir -> table, (t, seed) -> t.prepare(seed).data()),
        data -> Mlp.create(hidden, task == Task.CLASSIFICATION ? data.classCount() : 1),
        defaults.learningRate(),
        defaults.gamma(),
        defaults.batchSize(),
        defaults.epochs());
  }

  /** What results record about the table: its path, checksum and every option. */
  public OwnData ownData() {
    TableSpec spec = table.spec();
    Map<String, List<String>> options = new LinkedHashMap<>();
    options.put("separator", List.of(separatorName(table.separator())));
    put(options, "label", spec.label());
    put(options, "target", spec.target());
    put(options, "class", spec.classColumn());
    if (spec.classBins() > 0) {
      options.put("class_bins", List.of(String.valueOf(spec.classBins())));
    }
    options.put("features", spec.features());
    options.put("ignore", spec.ignore());
    options.put("missing", List.of(spec.missing().label()));
    options.put("test_fraction", List.of(String.valueOf(spec.testFraction())));
    options.put("split_seed", List.of(String.valueOf(spec.splitSeed())));
    options.put("keep", OwnDataRecords.keepOption(spec.keep()));
    options.put("hidden", setup.hidden().stream().map(String::valueOf).toList());
    table
        .testFile()
        .ifPresent(
            test ->
                options.put(
                    "test_table",
                    List.of(test.path().toAbsolutePath().normalize().toString(), test.sha256())));
    return new OwnData(
        KIND, spec.file().toAbsolutePath().normalize().toString(), table.sha256(), options);
  }

  /**
   * The settings of an interrupted comparison on a table, read again from the file it was started
   * on.
   *
   * @param plan what summary.json recorded
   * @return the settings
   * @throws UsageException if the record is not of a table's options or the file has changed since
   */
  public static ExperimentSettings resume(ExperimentPlan plan) {
    OwnData own = plan.ownData();
    Setup setup = setup(own);
    OwnTableExperiment experiment = read(setup, plan.training().batchSize());
    OwnDataRecords.requireUnchanged(own.path(), own.sha256(), experiment.table.sha256());
    List<String> testTable = own.options().get("test_table");
    if (testTable != null) {
      OwnDataRecords.requireUnchanged(
          testTable.get(0),
          testTable.get(1),
          experiment.table.testFile().map(VerifiedFile::sha256).orElse("none"));
    }
    return new ExperimentSettings(
        experiment.preset(), plan.strategies(), plan.seeds(), plan.training(), null, own);
  }

  private static Setup setup(OwnData own) {
    Map<String, List<String>> o = own.options();
    try {
      TableSpec spec =
          new TableSpec(
              Path.of(own.path()),
              separator(one(o, "separator")),
              one(o, "label"),
              one(o, "target"),
              one(o, "class"),
              o.containsKey("class_bins") ? Integer.parseInt(one(o, "class_bins")) : 0,
              o.getOrDefault("features", List.of()),
              o.getOrDefault("ignore", List.of()),
              TableSpec.MissingValues.valueOf(one(o, "missing").toUpperCase(java.util.Locale.ROOT)),
              Double.parseDouble(one(o, "test_fraction")),
              Long.parseLong(one(o, "split_seed")),
              OwnDataRecords.keep(o),
              o.containsKey("test_table") ? Path.of(one(o, "test_table")) : null);
      List<Integer> hidden =
          o.getOrDefault("hidden", List.of()).stream().map(Integer::parseInt).toList();
      return new Setup(spec, hidden);
    } catch (RuntimeException e) {
      throw new UsageException(
          "the results record the table's options badly: " + e.getMessage(), e);
    }
  }

  private static String one(Map<String, List<String>> options, String name) {
    List<String> values = options.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static void put(Map<String, List<String>> options, String name, String value) {
    if (value != null) {
      options.put(name, List.of(value));
    }
  }

  /** A separator as results write it: the character itself, or {@code tab}. */
  public static String separatorName(char separator) {
    return separator == '\t' ? "tab" : String.valueOf(separator);
  }

  /**
   * A separator from its name: one of the characters {@link CsvSeparator#CANDIDATES} or any other
   * single character, or {@code tab}; {@code null} for none.
   *
   * @param name the name
   * @return the separator, or {@code null}
   * @throws IllegalArgumentException if the name is neither one character nor {@code tab}
   */
  public static Character separator(String name) {
    if (name == null) {
      return null;
    }
    if (name.equalsIgnoreCase("tab") || name.equals("\\t") || name.equals("\t")) {
      return '\t';
    }
    if (name.length() != 1) {
      throw new IllegalArgumentException(
          "a separator is one character or 'tab', not '" + name + "'");
    }
    return name.charAt(0);
  }

  private static int sum(int[] counts) {
    return Arrays.stream(counts).sum();
  }
}
