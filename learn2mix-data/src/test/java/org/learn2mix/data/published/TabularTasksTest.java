package org.learn2mix.data.published;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Examples;
import org.learn2mix.data.NumpyRandomState;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.tables.CsvFile;
import org.learn2mix.data.tables.CsvReader;
import org.learn2mix.data.tables.LoadedTables;
import org.learn2mix.data.tables.Table;
import org.learn2mix.data.tables.TabularTask;

/**
 * The published preparation of Wine Quality and California housing (SPEC section 7) on small tables
 * in the real layouts. Every row's target is unique, so each prepared example can be traced back to
 * its row and compared with the raw values.
 */
class TabularTasksTest {
  private static final int HOUSING_ROWS_PER_CLASS = 40;

  /** Raw value of feature {@code f} in row {@code r}: varied, and different in every feature. */
  private static double raw(int r, int f) {
    return ((r * 7 + f * 13) % 50) + f * 0.5 + (r % 3) * 0.25;
  }

  // ---- California housing ----

  /** Housing target of row r in class c, in dollars: c+1 hundred thousand plus r hundred. */
  private static double houseValue(int c, int r) {
    return 100_000.0 * (c + 1) + 100.0 * r;
  }

  /**
   * 40 districts of each class, then one with an empty total_bedrooms, one with an empty
   * ocean_proximity and two on an island: 160 usable rows.
   */
  private static LoadedTables housing() {
    StringBuilder csv =
        new StringBuilder(
            "longitude,latitude,housing_median_age,total_rooms,total_bedrooms,population,"
                + "households,median_income,median_house_value,ocean_proximity\n");
    int r = 0;
    for (int c = 0; c < 4; c++) {
      for (int i = 0; i < HOUSING_ROWS_PER_CLASS; i++, r++) {
        csv.append(housingRow(r, houseValue(c, r), CaliforniaHousing.CLASS_NAMES.get(c), false));
      }
    }
    csv.append(housingRow(r++, 999_999, "INLAND", true));
    csv.append(housingRow(r++, 999_998, "", false));
    csv.append(housingRow(r++, 999_997, "ISLAND", false));
    csv.append(housingRow(r, 999_996, "ISLAND", false));
    Table table = parse("housing.csv", csv.toString(), CaliforniaHousing.files().get(0));
    return new LoadedTables(List.of(table), List.of());
  }

  private static String housingRow(int r, double value, String proximity, boolean noBedrooms) {
    StringBuilder row = new StringBuilder();
    for (int f = 0; f < 8; f++) {
      row.append(f == 4 && noBedrooms ? "" : String.format(Locale.ROOT, "%.2f", raw(r, f)));
      row.append(',');
    }
    return row.append(String.format(Locale.ROOT, "%.1f,%s%n", value, proximity)).toString();
  }

  /** The row a housing example came from, from its target. */
  private static int housingRowOf(float target) {
    return (int) Math.round((target * 100_000.0 - 100_000.0 * Math.floor(target + 1e-6)) / 100);
  }

  @Test
  void housingDropsMissingValuesAndIslandsAndMapsTheClasses() {
    TaskData data = CaliforniaHousing.prepare(housing(), 3);
    assertEquals(80, data.test().size(), "160 usable rows, half of them for testing");
    assertEquals(Task.REGRESSION, data.task());
    assertEquals(List.of("<1H OCEAN", "INLAND", "NEAR BAY", "NEAR OCEAN"), data.classNames());
    for (Examples examples : List.of(data.train(), data.test())) {
      for (int i = 0; i < examples.size(); i++) {
        float target = examples.targets()[i];
        assertTrue(target < 9, "a dropped row came through: " + target);
        int classFromTarget = (int) Math.floor(target + 1e-6) - 1;
        assertEquals(classFromTarget, examples.classes()[i], "class of target " + target);
      }
    }
  }

  @Test
  void housingTargetsAreTheValueInHundredThousands() {
    TaskData data = CaliforniaHousing.prepare(housing(), 0);
    for (int i = 0; i < data.test().size(); i++) {
      float target = data.test().targets()[i];
      int c = data.test().classes()[i];
      assertEquals((float) (houseValue(c, housingRowOf(target)) / 100_000), target);
    }
  }

  @Test
  void housingUsesThePublishedSplitAndAllButInlandKeepATwentieth() {
    TaskData data = CaliforniaHousing.prepare(housing(), 0);
    TrainTestSplit split = TrainTestSplit.numpyHalves(160, 42);
    int[] half = new int[4];
    for (int n : split.train()) {
      half[n / HOUSING_ROWS_PER_CLASS]++;
    }
    int[] kept = data.train().classCounts(4);
    assertEquals(half[1], kept[1], "INLAND keeps all its training rows");
    for (int c : new int[] {0, 2, 3}) {
      assertEquals(Math.max(1, (int) Math.floor(0.05 * half[c])), kept[c], "class " + (c + 1));
    }
    assertArrayEquals(new int[] {40, 40, 40, 40}, sum(data.test().classCounts(4), half));
  }

  @Test
  void housingFeaturesAreStandardisedWithTrainingStatisticsOnly() {
    TaskData data = CaliforniaHousing.prepare(housing(), 5);
    assertStandardisedByTraining(data, 8, TabularTasksTest::housingRowOf);
  }

  // ---- Wine Quality ----

  /** 11 red wines (quality 100 + r) and 40 white ones (quality 200 + r). */
  private static LoadedTables wine() {
    List<Table> tables = new ArrayList<>();
    int[] counts = {11, 40};
    String[] names = {WineQuality.RED, WineQuality.WHITE};
    for (int type = 0; type < 2; type++) {
      StringBuilder csv = new StringBuilder();
      for (String feature : WineQuality.FEATURES) {
        csv.append('"').append(feature).append("\";");
      }
      csv.append("\"quality\"\n");
      for (int r = 0; r < counts[type]; r++) {
        int row = type * 100 + r;
        for (int f = 0; f < 11; f++) {
          csv.append(String.format(Locale.ROOT, "%.2f;", raw(row, f)));
        }
        csv.append(100 * (type + 1) + r).append('\n');
      }
      tables.add(parse(names[type], csv.toString(), WineQuality.files().get(type)));
    }
    return new LoadedTables(tables, List.of());
  }

  /** The raw-value row of a wine example, from its target: red r is row r, white r is 100 + r. */
  private static int wineRowOf(float quality) {
    return quality >= 200 ? 100 + (int) quality - 200 : (int) quality - 100;
  }

  @Test
  void wineSplitsEachTypeInHalvesAndWhiteKeepsATenth() {
    TaskData data = WineQuality.prepare(wine(), 1);
    assertEquals(List.of("white", "red"), data.classNames());
    assertArrayEquals(new int[] {2, 5}, data.train().classCounts(2), "white ⌊0.1·20⌋, red ⌊11/2⌋");
    assertArrayEquals(new int[] {20, 6}, data.test().classCounts(2));
    for (Examples examples : List.of(data.train(), data.test())) {
      for (int i = 0; i < examples.size(); i++) {
        int expectedClass = examples.targets()[i] >= 200 ? 0 : 1;
        assertEquals(expectedClass, examples.classes()[i], "white is class 1, red class 2");
      }
    }
  }

  @Test
  void wineFeaturesAreStandardisedWithTrainingStatisticsAndTargetsStayRaw() {
    TaskData data = WineQuality.prepare(wine(), 2);
    assertStandardisedByTraining(data, 11, TabularTasksTest::wineRowOf);
    float[] targets = data.train().targets();
    for (float t : targets) {
      assertEquals(Math.rint(t), t, "the quality as published");
    }
  }

  @Test
  void theSeedChoosesTheSplitAndTheKeptWinesAndNothingElse() {
    TaskData a = WineQuality.prepare(wine(), 7);
    TaskData b = WineQuality.prepare(wine(), 7);
    assertArrayEquals(a.train().targets(), b.train().targets());
    assertArrayEquals(a.test().features(), b.test().features());
    boolean differs = false;
    for (long seed = 8; seed < 12 && !differs; seed++) {
      differs =
          !Arrays.equals(a.train().targets(), WineQuality.prepare(wine(), seed).train().targets());
    }
    assertTrue(differs, "other seeds keep other wines");
  }

  // ---- the choices of the authors' scripts ----

  private static final TabularTask.Choices SCRIPTS =
      new TabularTask.Choices(
          TabularTask.StatisticsFrom.ALL_ROWS, TabularTask.KeptRows.FIRST_IN_SPLIT_ORDER);

  @Test
  void allRowsStatisticsScaleWithEveryRowTestRowsIncluded() {
    TaskData data = CaliforniaHousing.prepare(housing(), 0, SCRIPTS);
    // the 160 usable rows are 0..159 of the file; the rows with a gap or off the islands are not
    double[] mean = new double[8];
    double[] std = new double[8];
    int n = 4 * HOUSING_ROWS_PER_CLASS;
    for (int f = 0; f < 8; f++) {
      for (int r = 0; r < n; r++) {
        mean[f] += raw(r, f) / n;
      }
      for (int r = 0; r < n; r++) {
        std[f] += (raw(r, f) - mean[f]) * (raw(r, f) - mean[f]) / n;
      }
      std[f] = Math.sqrt(std[f]);
    }
    for (Examples examples : List.of(data.train(), data.test())) {
      for (int i = 0; i < examples.size(); i++) {
        int row = housingRowOf(examples.targets()[i]);
        for (int f = 0; f < 8; f++) {
          assertEquals(
              (raw(row, f) - mean[f]) / std[f], examples.features()[i * 8 + f], 1e-5, "row " + row);
        }
      }
    }
  }

  @Test
  void firstRowsInSplitOrderAreKeptTheSameForEverySeed() {
    TrainTestSplit split = TrainTestSplit.numpyHalves(160, 42);
    int[] keep = {0, 0, 0, 0};
    int[] half = new int[4];
    for (int n : split.train()) {
      half[n / HOUSING_ROWS_PER_CLASS]++;
    }
    List<Integer> expected = new ArrayList<>();
    for (int n : split.train()) {
      int c = n / HOUSING_ROWS_PER_CLASS;
      int quota = c == 1 ? half[c] : Math.max(1, (int) Math.floor(0.05 * half[c]));
      if (keep[c]++ < quota) {
        expected.add(n); // the file row, which is also the usable row here
      }
    }
    TaskData a = CaliforniaHousing.prepare(housing(), 0, SCRIPTS);
    TaskData b = CaliforniaHousing.prepare(housing(), 9, SCRIPTS);
    List<Integer> kept = new ArrayList<>();
    for (float target : a.train().targets()) {
      kept.add(housingRowOf(target));
    }
    assertEquals(expected, kept, "the first of each class, in the split's order");
    assertArrayEquals(a.train().targets(), b.train().targets(), "the seed plays no part");
  }

  @Test
  void wineKeepsTheFirstWhiteWinesOfAShuffledSplitTheSameForEverySeedGiven() {
    // 40 white wines: 20 train, of which the first ⌊0.1·20⌋ = 2 in split order are kept. The split
    // is listed in shuffled order, so they are a random pair, not the two earliest white rows.
    TaskData a = WineQuality.prepare(wine(), 42, SCRIPTS);
    TaskData again = WineQuality.prepare(wine(), 42, SCRIPTS);
    assertArrayEquals(a.train().targets(), again.train().targets());
    assertArrayEquals(new int[] {2, 5}, a.train().classCounts(2));
    List<Integer> whiteRows = new ArrayList<>();
    for (float quality : a.train().targets()) {
      if (quality >= 200) {
        whiteRows.add(wineRowOf(quality) - 100);
      }
    }
    TrainTestSplit halves =
        TrainTestSplit.stratifiedHalves(
            wineClasses(), 2, 42); // ascending: the earliest white training rows come first
    List<Integer> earliest = new ArrayList<>();
    for (int n : halves.train()) {
      if (n >= 11 && earliest.size() < 2) {
        earliest.add(n - 11);
      }
    }
    assertNotEquals(earliest, whiteRows, "a random pair, not the file's earliest");
  }

  /** The classes of {@link #wine()}'s rows as prepared: 11 red (class 2) then 40 white. */
  private static int[] wineClasses() {
    int[] classes = new int[51];
    for (int i = 0; i < 11; i++) {
      classes[i] = 1;
    }
    return classes;
  }

  @Test
  void defaultChoicesAreThePublishedPreparation() {
    assertArrayEquals(
        WineQuality.prepare(wine(), 3).train().features(),
        WineQuality.prepare(wine(), 3, TabularTask.Choices.DEFAULT).train().features());
  }

  // ---- the split ----

  @Test
  void aStratifiedSplitPutsTheFloorOfHalfOfEachClassIntoTraining() {
    int[] classes = new int[18];
    Arrays.fill(classes, 0, 7, 0);
    Arrays.fill(classes, 7, 17, 1);
    classes[17] = 2;
    TrainTestSplit split = TrainTestSplit.stratifiedHalves(classes, 3, 4);
    assertArrayEquals(new int[] {3, 5, 0}, countsOf(classes, split.train(), 3));
    assertArrayEquals(new int[] {4, 5, 1}, countsOf(classes, split.test(), 3));
    int[] all =
        java.util.stream.IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.test()))
            .sorted()
            .toArray();
    assertArrayEquals(java.util.stream.IntStream.range(0, 18).toArray(), all);
    assertEquals(split, TrainTestSplit.stratifiedHalves(classes, 3, 4));
    assertNotEquals(split, TrainTestSplit.stratifiedHalves(classes, 3, 5));
  }

  @Test
  void theNumpySplitIsScikitLearnsTestFirstThenTrain() {
    // numpy.random.RandomState(42).permutation(10) is [8 1 5 0 7 2 9 4 3 6].
    TrainTestSplit even = TrainTestSplit.numpyHalves(10, 42);
    assertArrayEquals(new int[] {8, 1, 5, 0, 7}, even.test());
    assertArrayEquals(new int[] {2, 9, 4, 3, 6}, even.train());
    TrainTestSplit odd = TrainTestSplit.numpyHalves(5, 42);
    assertEquals(3, odd.test().length, "the test set takes the odd one, ⌈n/2⌉");
    assertEquals(2, odd.train().length);
  }

  @Test
  void theNumpyGeneratorMatchesNumpy() {
    // Reference values printed by NumPy 2.4: RandomState(s).permutation(n).
    assertArrayEquals(
        new int[] {18, 1, 19, 8, 10, 17, 6, 13, 4, 2, 5, 14, 9, 7, 16, 11, 3, 0, 15, 12},
        new NumpyRandomState(0).permutation(20));
    int[] large = new NumpyRandomState(42).permutation(20428);
    assertArrayEquals(
        new int[] {11876, 6735, 12902, 19893, 20269}, Arrays.copyOfRange(large, 0, 5));
    assertArrayEquals(
        new int[] {11284, 11964, 5390, 860, 15795}, Arrays.copyOfRange(large, 20423, 20428));
    // MT19937's reference output: the first draw of init_genrand(5489).
    assertEquals(3499211612L, new NumpyRandomState(5489).nextUnsignedInt());
  }

  // ---- helpers ----

  private static Table parse(String name, String text, CsvFile layout) {
    return CsvReader.read(
        Path.of(name), text.getBytes(StandardCharsets.UTF_8), layout.separator(), layout.columns());
  }

  /**
   * Every feature of every training and test example equals (raw − mean) / std with the mean and
   * population standard deviation of the training examples' raw values.
   */
  private static void assertStandardisedByTraining(TaskData data, int d, RowOf rowOf) {
    Examples train = data.train();
    double[] mean = new double[d];
    double[] std = new double[d];
    for (int f = 0; f < d; f++) {
      for (float target : train.targets()) {
        mean[f] += raw(rowOf.row(target), f) / train.size();
      }
      for (float target : train.targets()) {
        double dev = raw(rowOf.row(target), f) - mean[f];
        std[f] += dev * dev / train.size();
      }
      std[f] = Math.sqrt(std[f]);
    }
    for (Examples examples : List.of(train, data.test())) {
      for (int i = 0; i < examples.size(); i++) {
        int row = rowOf.row(examples.targets()[i]);
        for (int f = 0; f < d; f++) {
          assertEquals(
              (raw(row, f) - mean[f]) / std[f],
              examples.features()[i * d + f],
              1e-5,
              "feature " + f + " of row " + row);
        }
      }
    }
  }

  /** Which raw row an example came from, told by its target. */
  @FunctionalInterface
  private interface RowOf {
    int row(float target);
  }

  private static int[] countsOf(int[] classes, int[] indices, int k) {
    int[] counts = new int[k];
    for (int n : indices) {
      counts[classes[n]]++;
    }
    return counts;
  }

  private static int[] sum(int[] a, int[] b) {
    int[] s = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i] + b[i];
    }
    return s;
  }
}
