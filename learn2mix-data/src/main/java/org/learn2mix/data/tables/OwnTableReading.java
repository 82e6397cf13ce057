package org.learn2mix.data.tables;

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
import org.learn2mix.data.NamedImbalance;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.random.SplitMix64;

/**
 * The steps of reading an {@link OwnTable}, one field per fact found: the file checked, its columns
 * typed, rows with missing cells dropped or kept for imputation, the classes found and the table
 * split. {@link OwnTable} keeps the facts; this class only finds them.
 */
final class OwnTableReading {
  final TableSpec spec;
  final Path path;
  VerifiedFile file;
  VerifiedFile testFile;
  char separator;
  int rowsRead;
  int columnCount;
  final Map<String, Integer> missingCells = new LinkedHashMap<>();
  int rowsDropped;
  List<String> classNames;
  int[] classes;
  double[] targets;
  double targetScale = 1;
  final List<FeatureColumn> features = new ArrayList<>();
  List<String> ignored;
  TrainTestSplit split;
  ImbalanceRecipe imbalance;

  OwnTableReading(TableSpec spec) {
    this.spec = spec;
    this.path = spec.file();
  }

  OwnTableReading run() {
    CsvFile read = readFile(path, "a table");
    file = read.file();
    CsvCells cells = read.cells();
    separator = cells.separator();
    TableRows table = spec.testFile() == null ? TableRows.of(cells) : withTestFile(cells);
    rowsRead = table.size();
    columnCount = cells.header().size();
    ColumnRoles roles = ColumnRoles.of(path, cells.header(), spec);
    ignored = roles.ignored();
    if (roles.target() >= 0) {
      requireNumbers(table, roles.target());
    }
    int[] rows = rowsKept(table, roles);
    int classColumn = spec.classifies() ? roles.label() : roles.classColumn();
    if (roles.target() >= 0) {
      targets = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        targets[i] = Double.parseDouble(table.cell(rows[i], roles.target()));
      }
    }
    for (int c : roles.features()) {
      features.add(feature(table, c, rows));
    }
    TrainTestSplit byFile = table.testFileGiven() ? splitByFile(table, rows) : null;
    if (classColumn >= 0) {
      classesFrom(table, classColumn, rows);
      split = byFile != null ? byFile : split(classes, classNames.size());
      if (byFile != null) {
        requireBothFilesToHoldEveryClass(table, rows);
      }
    } else {
      binClasses(byFile);
    }
    imbalance = imbalance();
    checkTrainingCounts();
    if (targets != null) {
      scaleTargets();
    }
    return this;
  }

  /** Every present cell of column {@code c} must be a number. */
  private void requireNumbers(TableRows cells, int c) {
    for (int r = 0; r < cells.size(); r++) {
      String cell = cells.cell(r, c);
      if (!Cells.isMissing(cell) && !Cells.isNumber(cell)) {
        throw new DataSetException(
            String.format(
                "%s: line %d, column %d (%s): '%s' is not a number, and the target of a"
                    + " regression must be one",
                cells.file(r), cells.line(r), c + 1, cells.header().get(c), cell));
      }
    }
  }

  /** The rows without a missing value where one is not allowed, counting missing cells. */
  private int[] rowsKept(TableRows cells, ColumnRoles roles) {
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

  private FeatureColumn feature(TableRows cells, int c, int[] rows) {
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
    if (levels.size() > OwnTable.MAX_CATEGORIES) {
      throw new DataSetException(
          String.format(
              "%s: column '%s' has %d different values, too many to one-hot encode (at most %d;"
                  + " line %d holds '%s', which is not a number); leave the column out",
              cells.file(firstText),
              name,
              levels.size(),
              OwnTable.MAX_CATEGORIES,
              cells.line(firstText),
              cells.cell(firstText, c)));
    }
    return new FeatureColumn.Categories(name, values);
  }

  /** Classes from the values of column {@code c}: sorted by number if all are numbers. */
  private void classesFrom(TableRows cells, int c, int[] rows) {
    String[] values = new String[rows.length];
    for (int i = 0; i < rows.length; i++) {
      values[i] = cells.cell(rows[i], c);
    }
    List<String> names = OwnTable.distinct(values);
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
   * Classes from quantile bins of the target. Without a test file, the split is stratified by bins
   * of all rows; the bins the classes use have their edges from the training split alone.
   */
  private void binClasses(TrainTestSplit byFile) {
    int bins = spec.classBins();
    if (byFile != null) {
      split = byFile;
    } else {
      int[] all = new int[targets.length];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      double[] provisional = TargetBins.edges(targets, all, bins, path, spec.target());
      split = split(TargetBins.classes(targets, provisional), bins);
    }
    double[] edges = TargetBins.edges(targets, split.train(), bins, path, spec.target());
    classes = TargetBins.classes(targets, edges);
    classNames = TargetBins.names(edges);
  }

  /** The test file's cells, which must have the training file's columns in the same order. */
  private TableRows withTestFile(CsvCells cells) {
    Path testPath = spec.testFile();
    CsvFile read = readFile(testPath, "a test table");
    testFile = read.file();
    CsvCells test = read.cells();
    if (!test.header().equals(cells.header())) {
      throw new DataSetException(
          String.format(
              "%s: its columns ('%s') are not those of %s ('%s'); a test table needs the same"
                  + " columns in the same order",
              testPath,
              String.join("', '", test.header()),
              path.getFileName(),
              String.join("', '", cells.header())));
    }
    return TableRows.of(cells, test);
  }

  /** A CSV file read whole: its checksum and its cells. */
  private record CsvFile(VerifiedFile file, CsvCells cells) {}

  /**
   * Reads {@code csv}, checksums it and cuts it into cells with the given separator or the one
   * detected in it; {@code what} names it in the message for a folder, e.g. {@code a table}.
   */
  private CsvFile readFile(Path csv, String what) {
    if (Files.isDirectory(csv)) {
      throw new DataSetException(csv + " is a folder; " + what + " is a CSV file");
    }
    byte[] content = FileContent.read(csv);
    char detected = spec.separator() != null ? spec.separator() : CsvSeparator.detect(content);
    return new CsvFile(
        new VerifiedFile(csv, Checksum.sha256(content), VerifiedFile.Verification.NOT_VERIFIED),
        CsvReader.cells(csv, content, detected));
  }

  /** The kept rows of the first file train, those of the test file test. */
  private static TrainTestSplit splitByFile(TableRows table, int[] rows) {
    int firstTest = 0;
    while (firstTest < rows.length && rows[firstTest] < table.firstFileRows()) {
      firstTest++;
    }
    int[] train = new int[firstTest];
    int[] test = new int[rows.length - firstTest];
    for (int i = 0; i < rows.length; i++) {
      if (i < firstTest) {
        train[i] = i;
      } else {
        test[i - firstTest] = i;
      }
    }
    if (test.length == 0) {
      throw new DataSetException(
          table.file(table.size() - 1)
              + ": no test row is left once rows with a missing value"
              + " are dropped");
    }
    return new TrainTestSplit(train, test);
  }

  /**
   * A class of the test file must have training rows (it could not be learnt otherwise), and every
   * class test rows (its metric could not be measured otherwise).
   */
  private void requireBothFilesToHoldEveryClass(TableRows table, int[] rows) {
    boolean[] trained = new boolean[classNames.size()];
    for (int n : split.train()) {
      trained[classes[n]] = true;
    }
    for (int n : split.test()) {
      if (!trained[classes[n]]) {
        throw new DataSetException(
            String.format(
                "%s: line %d: class '%s' does not occur in %s; every test class needs training"
                    + " rows",
                table.file(rows[n]),
                table.line(rows[n]),
                classNames.get(classes[n]),
                path.getFileName()));
      }
    }
    boolean[] tested = new boolean[classNames.size()];
    for (int n : split.test()) {
      tested[classes[n]] = true;
    }
    for (int c = 0; c < tested.length; c++) {
      if (!tested[c]) {
        throw new DataSetException(
            String.format(
                "%s: has no row of class '%s'; every class needs test rows, or its metric cannot"
                    + " be measured",
                spec.testFile(), classNames.get(c)));
      }
    }
  }

  private TrainTestSplit split(int[] labels, int k) {
    return TrainTestSplit.stratified(
        labels, k, 1 - spec.testFraction(), SplitMix64.derive(spec.splitSeed(), "split"));
  }

  private ImbalanceRecipe imbalance() {
    return NamedImbalance.recipe(spec.keep(), classNames, path);
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
    NamedImbalance.checkTrainingCounts(
        imbalance,
        train,
        classNames,
        path,
        "example",
        c ->
            testFile != null
                ? "in " + path.getFileName()
                : String.format(
                    "of %d rows, %s held out for testing",
                    all[c], NamedImbalance.percent(spec.testFraction())));
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
}
