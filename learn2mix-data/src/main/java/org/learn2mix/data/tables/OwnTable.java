package org.learn2mix.data.tables;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.Task;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.random.SplitMix64;

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

  /** The fewest training examples a class needs. */
  public static final int MIN_TRAINING_EXAMPLES = 2;

  private final TableSpec spec;
  private final VerifiedFile file;
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

  private OwnTable(Reading r) {
    this.spec = r.spec;
    this.file = r.file;
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
    return new OwnTable(new Reading(spec).run());
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
   * The file read.
   *
   * @return the one file, with its SHA-256, not verified against anything published
   */
  @Override
  public List<VerifiedFile> files() {
    return List.of(file);
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
   * @return the data rows in the file, the header not counted
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

  private static List<String> distinct(String[] values) {
    Set<String> set = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null) {
        set.add(v);
      }
    }
    return new ArrayList<>(set);
  }

  /** The steps of reading, one field per fact found. */
  private static final class Reading {
    private final TableSpec spec;
    private final Path path;
    private VerifiedFile file;
    private char separator;
    private int rowsRead;
    private int columnCount;
    private final Map<String, Integer> missingCells = new LinkedHashMap<>();
    private int rowsDropped;
    private List<String> classNames;
    private int[] classes;
    private double[] targets;
    private double targetScale = 1;
    private final List<FeatureColumn> features = new ArrayList<>();
    private List<String> ignored;
    private TrainTestSplit split;
    private ImbalanceRecipe imbalance;

    Reading(TableSpec spec) {
      this.spec = spec;
      this.path = spec.file();
    }

    Reading run() {
      if (Files.isDirectory(path)) {
        throw new DataSetException(path + " is a folder; a table is a CSV file");
      }
      byte[] content = FileContent.read(path);
      file =
          new VerifiedFile(path, Checksum.sha256(content), VerifiedFile.Verification.NOT_VERIFIED);
      separator = spec.separator() != null ? spec.separator() : CsvSeparator.detect(content);
      CsvCells cells = CsvReader.cells(path, content, separator);
      rowsRead = cells.size();
      columnCount = cells.header().size();
      ColumnRoles roles = ColumnRoles.of(path, cells.header(), spec);
      ignored = roles.ignored();
      if (roles.target() >= 0) {
        requireNumbers(cells, roles.target());
      }
      int[] rows = rowsKept(cells, roles);
      int classColumn = spec.classifies() ? roles.label() : roles.classColumn();
      if (roles.target() >= 0) {
        targets = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          targets[i] = Double.parseDouble(cells.cell(rows[i], roles.target()));
        }
      }
      for (int c : roles.features()) {
        features.add(feature(cells, c, rows));
      }
      if (classColumn >= 0) {
        classesFrom(cells, classColumn, rows);
        split = split(classes, classNames.size());
      } else {
        binClasses();
      }
      imbalance = imbalance();
      checkTrainingCounts();
      if (targets != null) {
        scaleTargets();
      }
      return this;
    }

    /** Every present cell of column {@code c} must be a number. */
    private void requireNumbers(CsvCells cells, int c) {
      for (int r = 0; r < cells.size(); r++) {
        String cell = cells.cell(r, c);
        if (!Cells.isMissing(cell) && !Cells.isNumber(cell)) {
          throw new DataSetException(
              String.format(
                  "%s: line %d, column %d (%s): '%s' is not a number, and the target of a"
                      + " regression must be one",
                  path, cells.line(r), c + 1, cells.header().get(c), cell));
        }
      }
    }

    /** The rows without a missing value where one is not allowed, counting missing cells. */
    private int[] rowsKept(CsvCells cells, ColumnRoles roles) {
      List<Integer> required = new ArrayList<>();
      for (int c : new int[] {roles.label(), roles.target(), roles.classColumn()}) {
        if (c >= 0) {
          required.add(c);
        }
      }
      boolean dropForFeatures = spec.missing() == TableSpec.MissingValues.DROP;
      int width = cells.header().size();
      int[] missing = new int[width];
      int[] kept = new int[cells.size()];
      int count = 0;
      for (int r = 0; r < cells.size(); r++) {
        boolean drop = false;
        for (int c : required) {
          if (Cells.isMissing(cells.cell(r, c))) {
            missing[c]++;
            drop = true;
          }
        }
        for (int c : roles.features()) {
          if (Cells.isMissing(cells.cell(r, c))) {
            missing[c]++;
            drop |= dropForFeatures;
          }
        }
        if (!drop) {
          kept[count++] = r;
        }
      }
      for (int c = 0; c < width; c++) {
        if (missing[c] > 0) {
          missingCells.put(cells.header().get(c), missing[c]);
        }
      }
      rowsDropped = cells.size() - count;
      if (count == 0) {
        throw new DataSetException(
            path
                + ": every row has a missing value (missing cells per column: "
                + missingCells
                + ")");
      }
      return Arrays.copyOf(kept, count);
    }

    private FeatureColumn feature(CsvCells cells, int c, int[] rows) {
      String name = cells.header().get(c);
      boolean numeric = true;
      int present = 0;
      int firstText = -1;
      for (int r : rows) {
        String cell = cells.cell(r, c);
        if (!Cells.isMissing(cell)) {
          present++;
          if (!Cells.isNumber(cell) && firstText < 0) {
            firstText = r;
            numeric = false;
          }
        }
      }
      if (present == 0) {
        throw new DataSetException(path + ": column '" + name + "' holds no value in any row kept");
      }
      if (numeric) {
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
          String cell = cells.cell(rows[i], c);
          values[i] = Cells.isMissing(cell) ? Double.NaN : Double.parseDouble(cell);
        }
        return new FeatureColumn.Numbers(name, values);
      }
      String[] values = new String[rows.length];
      Set<String> levels = new LinkedHashSet<>();
      for (int i = 0; i < rows.length; i++) {
        String cell = cells.cell(rows[i], c);
        values[i] = Cells.isMissing(cell) ? null : cell;
        if (values[i] != null) {
          levels.add(values[i]);
        }
      }
      if (levels.size() > MAX_CATEGORIES) {
        throw new DataSetException(
            String.format(
                "%s: column '%s' has %d different values, too many to one-hot encode (at most %d;"
                    + " line %d holds '%s', which is not a number); leave the column out",
                path,
                name,
                levels.size(),
                MAX_CATEGORIES,
                cells.line(firstText),
                cells.cell(firstText, c)));
      }
      return new FeatureColumn.Categories(name, values);
    }

    /** Classes from the values of column {@code c}: sorted by number if all are numbers. */
    private void classesFrom(CsvCells cells, int c, int[] rows) {
      String[] values = new String[rows.length];
      for (int i = 0; i < rows.length; i++) {
        values[i] = cells.cell(rows[i], c);
      }
      List<String> names = distinct(values);
      boolean numbers = names.stream().allMatch(Cells::isNumber);
      names.sort(
          numbers
              ? Comparator.comparingDouble(Double::parseDouble).thenComparing(n -> n)
              : Comparator.naturalOrder());
      String column = cells.header().get(c);
      if (names.size() < 2) {
        throw new DataSetException(
            String.format(
                "%s: the %s '%s' has one value ('%s') in all %d rows kept; %s needs at least two"
                    + " classes",
                path,
                spec.classifies() ? "label column" : "class column",
                column,
                names.get(0),
                rows.length,
                spec.classifies() ? "classification" : "mixing"));
      }
      Map<String, Integer> index = new LinkedHashMap<>();
      for (String name : names) {
        index.put(name, index.size());
      }
      classes = new int[rows.length];
      for (int i = 0; i < rows.length; i++) {
        classes[i] = index.get(values[i]);
      }
      classNames = List.copyOf(names);
    }

    /**
     * Classes from quantile bins of the target. The split is stratified by bins of all rows; the
     * bins the classes use have their edges from the training split alone.
     */
    private void binClasses() {
      int bins = spec.classBins();
      int[] all = new int[targets.length];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      double[] provisional = TargetBins.edges(targets, all, bins, path, spec.target());
      split = split(TargetBins.classes(targets, provisional), bins);
      double[] edges = TargetBins.edges(targets, split.train(), bins, path, spec.target());
      classes = TargetBins.classes(targets, edges);
      classNames = TargetBins.names(edges);
    }

    private TrainTestSplit split(int[] labels, int k) {
      return TrainTestSplit.stratified(
          labels, k, 1 - spec.testFraction(), SplitMix64.derive(spec.splitSeed(), "split"));
    }

    private ImbalanceRecipe imbalance() {
      double[] fractions = new double[classNames.size()];
      Arrays.fill(fractions, 1.0);
      for (Map.Entry<String, Double> e : spec.keep().entrySet()) {
        int c = classNames.indexOf(e.getKey());
        if (c < 0) {
          throw new DataSetException(
              String.format(
                  "%s: no class '%s' to keep a share of (the classes are %s)",
                  path, e.getKey(), String.join(", ", classNames)));
        }
        fractions[c] = e.getValue();
      }
      return new ImbalanceRecipe(fractions);
    }

    private void checkTrainingCounts() {
      int[] train = new int[classNames.size()];
      int[] all = new int[classNames.size()];
      for (int n : split.train()) {
        train[classes[n]]++;
      }
      for (int c : classes) {
        all[c]++;
      }
      for (int c = 0; c < train.length; c++) {
        if (train[c] < MIN_TRAINING_EXAMPLES) {
          throw new DataSetException(
              String.format(
                  "%s: class '%s' has %d training example%s (of %d rows, %s held out for testing);"
                      + " a class needs at least %d",
                  path,
                  classNames.get(c),
                  train[c],
                  train[c] == 1 ? "" : "s",
                  all[c],
                  percent(spec.testFraction()),
                  MIN_TRAINING_EXAMPLES));
        }
      }
      int[] kept = imbalance.keptCounts(train);
      double[] fractions = imbalance.keepFraction();
      for (int c = 0; c < kept.length; c++) {
        if (kept[c] < MIN_TRAINING_EXAMPLES) {
          throw new DataSetException(
              String.format(
                  "%s: class '%s' keeps %d of its %d training examples (%s); a class needs at least"
                      + " %d",
                  path,
                  classNames.get(c),
                  kept[c],
                  train[c],
                  percent(fractions[c]),
                  MIN_TRAINING_EXAMPLES));
        }
      }
    }

    /** Divides the target by the power of ten nearest its training standard deviation. */
    private void scaleTargets() {
      int[] train = split.train();
      double sum = 0;
      for (int n : train) {
        sum += targets[n];
      }
      double mean = sum / train.length;
      double squares = 0;
      for (int n : train) {
        squares += (targets[n] - mean) * (targets[n] - mean);
      }
      double std = Math.sqrt(squares / train.length);
      targetScale = std > 0 ? Math.pow(10, Math.round(Math.log10(std))) : 1;
      if (targetScale != 1) {
        for (int i = 0; i < targets.length; i++) {
          targets[i] /= targetScale;
        }
      }
    }

    private static String percent(double fraction) {
      return new BigDecimal(100 * fraction)
              .round(new MathContext(6))
              .stripTrailingZeros()
              .toPlainString()
          + "%";
    }
  }
}
