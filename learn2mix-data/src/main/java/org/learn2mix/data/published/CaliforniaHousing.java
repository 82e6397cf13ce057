package org.learn2mix.data.published;

import java.net.URI;
import java.util.ArrayList;
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

/**
 * The California housing regression (Géron's {@code housing.csv}; SPEC section 7): predict a
 * district's median house value from 8 numeric features; the mixing class is its ocean proximity.
 *
 * <p>Preparation: rows with a missing value are dropped (the 207 without {@code total_bedrooms}),
 * then the 5 ISLAND rows, leaving 20,428; the classes are {@code <1H OCEAN} = 1, {@code INLAND} =
 * 2, {@code NEAR BAY} = 3, {@code NEAR OCEAN} = 4; every class but INLAND keeps ⌊0.05 · N_c⌋ of its
 * training examples, chosen from the seed; the features are standardised with the statistics of the
 * kept training examples; the target is {@code median_house_value} / 100,000.
 *
 * <p>The split is the published one, the same for every seed: scikit-learn's {@code
 * train_test_split(test_size=0.5, random_state=42)}, reproduced number for number by {@link
 * TrainTestSplit#numpyHalves}: 10,214 training and 10,214 test districts, not stratified. Its
 * training half holds 4,493 / 3,297 / 1,134 / 1,290 districts of the four classes, which keep 224 +
 * 3,297 + 56 + 64 = 3,641, the published N. No rounding of a stratified or freshly drawn split
 * gives that number: a stratified half keeps 3,594 (3,597 when rounding), and a random half a
 * different N for every seed (3,563 for NumPy seed 0); 3,641 is this split with the floor.
 */
public final class CaliforniaHousing {
  /** The mixing classes, in class order. */
  public static final List<String> CLASS_NAMES =
      List.of("<1H OCEAN", "INLAND", "NEAR BAY", "NEAR OCEAN");

  /** The published imbalance: every class but INLAND (class 2) keeps 5% of its training rows. */
  public static final ImbalanceRecipe IMBALANCE = ImbalanceRecipe.keepAllBut(4, 0.05, 2);

  /** The input features, in the file's column order. */
  public static final List<String> FEATURES =
      List.of(
          "longitude",
          "latitude",
          "housing_median_age",
          "total_rooms",
          "total_bedrooms",
          "population",
          "households",
          "median_income");

  /** The seed of the published split. */
  static final long SPLIT_SEED = 42;

  /** The target is the median house value in units of 100,000 dollars. */
  static final double TARGET_UNIT = 100_000;

  static final String FILE = "housing.csv";
  static final String TARGET = "median_house_value";
  static final String PROXIMITY = "ocean_proximity";
  static final String ISLAND = "ISLAND";

  private CaliforniaHousing() {}

  /**
   * The published file: comma-separated, 10 columns, some cells empty.
   *
   * @return the one file {@code housing.csv}, with its download location, checksum and the columns
   *     read: the 8 features, the target and the ocean proximity, each allowed to be empty
   */
  public static List<CsvFile> files() {
    List<TableColumn> columns = new ArrayList<>();
    for (String feature : FEATURES) {
      columns.add(TableColumn.number(feature).orMissing());
    }
    columns.add(TableColumn.number(TARGET).orMissing());
    List<String> levels = new ArrayList<>(CLASS_NAMES);
    levels.add(ISLAND);
    columns.add(TableColumn.category(PROXIMITY, levels).orMissing());
    return List.of(
        new CsvFile(
            new RemoteFile(
                FILE,
                URI.create(
                    "https://raw.githubusercontent.com/ageron/handson-ml/master/datasets/housing/"
                        + FILE),
                Checksum.sha256OfContent(
                    "8a3727f4cf54ac1a327f69b1d5b4db54c5834ea81c6e4efc0d163300022a685e")),
            ',',
            columns));
  }

  /**
   * The published task for {@code seed}: 3,641 training and 10,214 test districts.
   *
   * @param tables the file as read, see {@link Catalogue#CALIFORNIA_HOUSING}
   * @param seed chooses the kept training districts; the split is the same for every seed
   * @return the regression task, 8 standardised features and one target per district
   * @throws IllegalArgumentException if {@code tables} holds no {@code housing.csv} table
   * @throws org.learn2mix.data.DataSetException if a class has no training districts
   */
  public static TaskData prepare(LoadedTables tables, long seed) {
    return prepare(tables, seed, TabularTask.Choices.DEFAULT);
  }

  /**
   * The task for {@code seed}, prepared as {@code choices} say where sources differ.
   *
   * @param tables the file as read, see {@link Catalogue#CALIFORNIA_HOUSING}
   * @param seed chooses the kept training districts where they are a seeded subset
   * @param choices which rows the scaling statistics come from and which training districts are
   *     kept
   * @return the regression task, 8 standardised features and one target per district
   * @throws IllegalArgumentException if {@code tables} holds no {@code housing.csv} table
   * @throws org.learn2mix.data.DataSetException if a class has no training districts
   */
  public static TaskData prepare(LoadedTables tables, long seed, TabularTask.Choices choices) {
    TabularTask.Rows rows = usableRows(tables.table(FILE));
    return TabularTask.prepare(
        "california-housing",
        rows,
        CLASS_NAMES,
        TrainTestSplit.numpyHalves(rows.size(), SPLIT_SEED),
        IMBALANCE,
        seed,
        choices);
  }

  /** The rows without a missing value and off the islands, in file order. */
  static TabularTask.Rows usableRows(Table table) {
    double[][] all = table.values(); // features, then the target, then the class
    int classColumn = all.length - 1;
    int island = CLASS_NAMES.size();
    int[] usable = new int[table.rows()];
    int n = 0;
    for (int row = 0; row < table.rows(); row++) {
      if (complete(all, row) && all[classColumn][row] != island) {
        usable[n++] = row;
      }
    }
    double[][] features = new double[FEATURES.size()][n];
    double[] targets = new double[n];
    int[] classes = new int[n];
    for (int i = 0; i < n; i++) {
      int row = usable[i];
      for (int f = 0; f < features.length; f++) {
        features[f][i] = all[f][row];
      }
      targets[i] = all[FEATURES.size()][row] / TARGET_UNIT;
      classes[i] = (int) all[classColumn][row];
    }
    return new TabularTask.Rows(features, targets, classes);
  }

  private static boolean complete(double[][] columns, int row) {
    for (double[] column : columns) {
      if (Double.isNaN(column[row])) {
        return false;
      }
    }
    return true;
  }
}
