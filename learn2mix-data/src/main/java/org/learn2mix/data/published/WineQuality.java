package org.learn2mix.data.published;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.RemoteFile;
import org.learn2mix.data.tables.CsvFile;
import org.learn2mix.data.tables.LoadedTables;
import org.learn2mix.data.tables.Table;
import org.learn2mix.data.tables.TableColumn;
import org.learn2mix.data.tables.TabularTask;
import org.learn2mix.random.SplitMix64;

/**
 * The Wine Quality regression (Cortez et al. 2009; SPEC section 7): predict a wine's quality score
 * from 11 physico-chemical measurements; the mixing class is the wine's type.
 *
 * <p>Preparation: the red and the white wines are concatenated (red first), white is class 1 and
 * red class 2; a 50/50 split stratified by type, drawn from the seed, puts ⌊N_c / 2⌋ of each type
 * into training (799 of the 1,599 red and 2,449 of the 4,898 white wines) and the rest into test
 * (800 red, 2,449 white); the white wines of the training half keep ⌊0.1 · 2,449⌋ = 244, chosen
 * from the seed; the features are standardised with the statistics of those 799 + 244 = 1,043
 * training wines (the published N). The target is the quality as published (3 to 9).
 *
 * <p>Rounding: 1,043 needs both floors. Rounding 244.9 to 245 (as {@code pandas.sample(frac=0.1)}
 * would), or training on 800 red wines (⌈1,599 / 2⌉), gives 1,044.
 */
public final class WineQuality {
  /** The mixing classes, in class order. */
  public static final List<String> CLASS_NAMES = List.of("white", "red");

  /** The published imbalance: white wines (class 1) keep a tenth of their training examples. */
  public static final ImbalanceRecipe IMBALANCE = ImbalanceRecipe.keep(2, 0.1, 1);

  /** The input features, in the files' column order. */
  public static final List<String> FEATURES =
      List.of(
          "fixed acidity",
          "volatile acidity",
          "citric acid",
          "residual sugar",
          "chlorides",
          "free sulfur dioxide",
          "total sulfur dioxide",
          "density",
          "pH",
          "sulphates",
          "alcohol");

  static final String RED = "winequality-red.csv";
  static final String WHITE = "winequality-white.csv";
  static final String TARGET = "quality";

  private static final String UCI =
      "https://archive.ics.uci.edu/ml/machine-learning-databases/wine-quality/";

  private WineQuality() {}

  /**
   * The two published files, {@code ;}-separated with a quoted header.
   *
   * @return the red wines' file, then the white wines', each with its download location, checksum
   *     and the columns read: the 11 features and the quality, all required
   */
  public static List<CsvFile> files() {
    return List.of(
        file(RED, "4a402cf041b025d4566d954c3b9ba8635a3a8a01e039005d97d6a710278cf05e"),
        file(WHITE, "76c3f809815c17c07212622f776311faeb31e87610d52c26d87d6e361b169836"));
  }

  /**
   * The published task for {@code seed}: 1,043 training and 3,249 test wines.
   *
   * @param tables the two files as read, see {@link Catalogue#WINE_QUALITY}
   * @param seed chooses both the split and the kept white wines
   * @return the regression task, 11 standardised features and one target per wine
   * @throws IllegalArgumentException if {@code tables} lacks one of the two files
   * @throws org.learn2mix.data.DataSetException if a class has no training wines
   */
  public static TaskData prepare(LoadedTables tables, long seed) {
    return prepare(tables, seed, TabularTask.Choices.DEFAULT);
  }

  /**
   * The task for {@code seed}, prepared as {@code choices} say where sources differ.
   *
   * @param tables the two files as read, see {@link Catalogue#WINE_QUALITY}
   * @param seed chooses the split, and the kept white wines where they are a seeded subset
   * @param choices which rows the scaling statistics come from and which training wines are kept
   * @return the regression task, 11 standardised features and one target per wine
   * @throws IllegalArgumentException if {@code tables} lacks one of the two files
   * @throws org.learn2mix.data.DataSetException if a class has no training wines
   */
  public static TaskData prepare(LoadedTables tables, long seed, TabularTask.Choices choices) {
    Table red = tables.table(RED);
    Table white = tables.table(WHITE);
    int n = red.rows() + white.rows();
    double[][] features = new double[FEATURES.size()][];
    for (int f = 0; f < features.length; f++) {
      features[f] = concat(red.column(FEATURES.get(f)), white.column(FEATURES.get(f)));
    }
    int[] classes = new int[n];
    for (int i = 0; i < red.rows(); i++) {
      classes[i] = 1; // red is class 2; the white wines after them are class 1 (0)
    }
    TabularTask.Rows rows =
        new TabularTask.Rows(features, concat(red.column(TARGET), white.column(TARGET)), classes);
    return TabularTask.prepare(
        "wine-quality", rows, CLASS_NAMES, split(classes, seed, choices), IMBALANCE, seed, choices);
  }

  /**
   * The stratified halves drawn from {@code seed}; where the first training rows are kept, listed
   * in shuffled order as scikit-learn lists them, so that the first rows are a random sample.
   */
  private static TrainTestSplit split(int[] classes, long seed, TabularTask.Choices choices) {
    TrainTestSplit halves = TrainTestSplit.stratifiedHalves(classes, CLASS_NAMES.size(), seed);
    return choices.keptRows() == TabularTask.KeptRows.FIRST_IN_SPLIT_ORDER
        ? halves.inShuffledOrder(SplitMix64.derive(seed, "split order"))
        : halves;
  }

  private static CsvFile file(String name, String sha256) {
    List<TableColumn> columns = new ArrayList<>(TableColumn.numbers(FEATURES));
    columns.add(TableColumn.number(TARGET));
    return new CsvFile(
        new RemoteFile(name, URI.create(UCI + name), Checksum.sha256OfContent(sha256)),
        ';',
        columns);
  }

  private static double[] concat(double[] first, double[] second) {
    double[] all = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
