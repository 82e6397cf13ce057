package org.learn2mix.data.tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.Task;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.VerifiedFile;

/**
 * A table of one's own, read and split once (SPEC section 9): the rows kept, their classes, targets
 * and feature columns, and which rows test. {@link #prepare} makes each seed's task from it.
 *
 * <p>Reading detects the separator unless it is given, types each feature column (numeric when
 * every present cell is a plain number, categorical otherwise), drops and counts rows with a
 * missing class, label or target (and, unless missing values are imputed, a missing feature), and
 * splits the rows stratified by class with the split seed, so that every training seed meets the
 * same test rows. A regression's target is divided by a power of ten near its training standard
 * deviation, so that the network's outputs are of order one; the metric is in those units.
 */
public final class OwnTable implements LoadedData {
  /** The most categories a column may have to be one-hot encoded. */
  public static final int MAX_CATEGORIES = 100;

  private final TableSpec spec;
  private final VerifiedFile file;
  private final VerifiedFile testFile;
  private final char separator;
  private final int rowsRead;
  private final int columnCount;
  private final Map<String, Integer> missingCells;
  private final int rowsDropped;
  private final List<String> classNames;
  private final int[] classes;
  private final double[] targets;
  private final double targetScale;
  private final List<FeatureColumn> features;
  private final List<String> ignored;
  private final TrainTestSplit split;
  private final ImbalanceRecipe imbalance;

  private OwnTable(OwnTableReading r) {
    this.spec = r.spec;
    this.file = r.file;
    this.testFile = r.testFile;
    this.separator = r.separator;
    this.rowsRead = r.rowsRead;
    this.columnCount = r.columnCount;
    this.missingCells = r.missingCells;
    this.rowsDropped = r.rowsDropped;
    this.classNames = r.classNames;
    this.classes = r.classes;
    this.targets = r.targets;
    this.targetScale = r.targetScale;
    this.features = r.features;
    this.ignored = r.ignored;
    this.split = r.split;
    this.imbalance = r.imbalance;
  }

  /**
   * Reads, checks and splits the table {@code spec} describes.
   *
   * @param spec the file and what to learn from it
   * @return the table
   * @throws DataSetException one line naming the file (and line, column or class where there is
   *     one) if the file cannot be read or does not fit {@code spec}
   */
  public static OwnTable read(TableSpec spec) {
    return new OwnTable(new OwnTableReading(spec).run());
  }

  /**
   * The task of {@code seed}: its share of each class's training rows kept ({@code seed} chooses
   * them), numeric features imputed (if asked) and standardised, categorical ones one-hot encoded,
   * all with statistics of the kept training rows only.
   *
   * @param seed the run's seed
   * @return the task and what its encoding did
   */
  public PreparedTable prepare(long seed) {
    int[] train = TabularTask.keptTraining(classes, split, imbalance, seed);
    return TableEncoder.encode(this, train, split.test());
  }

  /**
   * What was asked for.
   *
   * @return the spec it was read by
   */
  public TableSpec spec() {
    return spec;
  }

  /**
   * The data set's short name.
   *
   * @return the file's name without its extensions, e.g. {@code winequality-red}
   */
  public String name() {
    String name = spec.file().getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * What is learnt.
   *
   * @return classification with a label, regression with a target
   */
  public Task task() {
    return spec.classifies() ? Task.CLASSIFICATION : Task.REGRESSION;
  }

  /**
   * The files read.
   *
   * @return the table's file, then its test file if it has one, each with its SHA-256, not verified
   *     against anything published
   */
  @Override
  public List<VerifiedFile> files() {
    return testFile == null ? List.of(file) : List.of(file, testFile);
  }

  /**
   * The file of test rows, when the table came with one.
   *
   * @return the test file with its SHA-256, or empty when the test rows were split off the table
   */
  public Optional<VerifiedFile> testFile() {
    return Optional.ofNullable(testFile);
  }

  /**
   * The file's checksum.
   *
   * @return the SHA-256 of its content (decompressed if it was gzip-compressed), lower-case hex
   */
  public String sha256() {
    return file.sha256();
  }

  /**
   * The separator.
   *
   * @return the separator the cells were read with, given or detected
   */
  public char separator() {
    return separator;
  }

  /**
   * The rows read.
   *
   * @return the data rows in the file and its test file, the headers not counted
   */
  public int rowsRead() {
    return rowsRead;
  }

  /**
   * The columns read.
   *
   * @return the number of columns in the file
   */
  public int columnCount() {
    return columnCount;
  }

  /**
   * Missing cells per used column that has any, in file order; a row with one is dropped unless it
   * is a feature's and missing values are imputed.
   *
   * @return column name to count of missing cells
   */
  public Map<String, Integer> missingCells() {
    return missingCells;
  }

  /**
   * The rows dropped.
   *
   * @return rows dropped for a missing value
   */
  public int rowsDropped() {
    return rowsDropped;
  }

  /**
   * The mixing classes.
   *
   * @return their names, class 1 first
   */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * The numeric features.
   *
   * @return the feature columns read as numbers, in file order
   */
  public List<String> numericFeatures() {
    return features.stream()
        .filter(f -> f instanceof FeatureColumn.Numbers)
        .map(FeatureColumn::name)
        .toList();
  }

  /**
   * The categorical features.
   *
   * @return the feature columns read as categories, with how many each has, in file order
   */
  public Map<String, Integer> categoricalFeatures() {
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (FeatureColumn f : features) {
      if (f instanceof FeatureColumn.Categories c) {
        levels.put(c.name(), distinct(c.values()).size());
      }
    }
    return levels;
  }

  /**
   * The columns left out.
   *
   * @return the columns used for nothing, in file order
   */
  public List<String> ignored() {
    return ignored;
  }

  /**
   * What a regression's target was divided by (a power of ten), 1 for classification.
   *
   * @return the divisor
   */
  public double targetScale() {
    return targetScale;
  }

  /**
   * The training rows.
   *
   * @return training rows per class, after the imbalance (the same for every seed)
   */
  public int[] trainCounts() {
    return imbalance.keptCounts(countsOf(split.train()));
  }

  /**
   * The test rows.
   *
   * @return test rows per class
   */
  public int[] testCounts() {
    return countsOf(split.test());
  }

  List<FeatureColumn> features() {
    return features;
  }

  int[] classes() {
    return classes;
  }

  double[] targets() {
    return targets;
  }

  TrainTestSplit split() {
    return split;
  }

  private int[] countsOf(int[] rows) {
    int[] counts = new int[classNames.size()];
    for (int n : rows) {
      counts[classes[n]]++;
    }
    return counts;
  }

  static List<String> distinct(String[] values) {
    Set<String> set = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null) {
        set.add(v);
      }
    }
    return new ArrayList<>(set);
  }
}
