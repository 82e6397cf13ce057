package org.learn2mix.data.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

/** A table of one's own, on small files the tests write: reading, typing, encoding, splitting. */
class OwnTableTest {
  @TempDir Path temp;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static TableSpec spec(
      Path file,
      String label,
      String target,
      String classColumn,
      TableSpec.MissingValues missing,
      double testFraction,
      long splitSeed,
      Map<String, Double> keep) {
    return new TableSpec(
        file,
        null,
        label,
        target,
        classColumn,
        0,
        List.of(),
        List.of(),
        missing,
        testFraction,
        splitSeed,
        keep,
        null);
  }

  /** {@code n} rows per class a, b: x = row number, colour cycles red/green/blue, y = 10·x. */
  private Path balanced(int n) throws IOException {
    StringBuilder csv = new StringBuilder("x,colour,kind,y\n");
    String[] colours = {"red", "green", "blue"};
    for (int i = 0; i < 2 * n; i++) {
      csv.append(i)
          .append(',')
          .append(colours[i % 3])
          .append(',')
          .append(i % 2 == 0 ? "a" : "b")
          .append(',')
          .append(10 * i)
          .append('\n');
    }
    return write("balanced.csv", csv.toString());
  }

  private TableSpec withTestFile(Path file, Path testFile, String label) {
    TableSpec base = TableSpec.classification(file, label);
    return new TableSpec(
        base.file(),
        base.separator(),
        base.label(),
        base.target(),
        base.classColumn(),
        base.classBins(),
        base.features(),
        base.ignore(),
        base.missing(),
        base.testFraction(),
        base.splitSeed(),
        base.keep(),
        testFile);
  }

  @Test
  void aTestFileHoldsTheTestRowsWhateverItsSeparatorAndTheTableKeepsAllItsRowsForTraining()
      throws IOException {
    Path train = write("train.csv", "x,kind\n1,a\n2,a\n3,b\n4,b\n5,b\n");
    Path test = write("test.csv", "x;kind\n6;b\n7;a\nNA;a\n");
    OwnTable table = OwnTable.read(withTestFile(train, test, "kind"));
    assertArrayEquals(new int[] {2, 3}, table.trainCounts());
    assertArrayEquals(new int[] {1, 1}, table.testCounts(), "the row missing x is dropped");
    assertEquals(8, table.rowsRead());
    assertEquals(1, table.rowsDropped());
    assertEquals(2, table.files().size());
    assertEquals(test, table.testFile().orElseThrow().path());
    TaskData data = table.prepare(0).data();
    assertEquals(5, data.train().size());
    // test rows in file order: 6 (b), 7 (a); x standardised with the training mean 3 and std √2
    float std = (float) Math.sqrt(2);
    assertArrayEquals(new float[] {(6 - 3) / std, (7 - 3) / std}, data.test().features(), 1e-6f);
    assertArrayEquals(new int[] {1, 0}, data.test().classes());
  }

  @Test
  void aTestFileMustHaveTheSameColumnsAndNoClassTrainingLacks() throws IOException {
    Path train = write("train2.csv", "x,kind\n1,a\n2,a\n3,b\n4,b\n");
    String columns = error(withTestFile(train, write("cols.csv", "kind,x\na,1\n"), "kind"));
    assertTrue(
        columns.endsWith(
            "cols.csv: its columns ('kind', 'x') are not those of train2.csv ('x', 'kind'); a test"
                + " table needs the same columns in the same order"),
        columns);
    String unseen = error(withTestFile(train, write("unseen.csv", "x,kind\n1,a\n9,c\n"), "kind"));
    assertTrue(
        unseen.endsWith(
            "unseen.csv: line 3: class 'c' does not occur in train2.csv; every test class needs"
                + " training rows"),
        unseen);
    String missing = error(withTestFile(train, temp.resolve("none.csv"), "kind"));
    assertTrue(missing.contains("none.csv"), missing);
  }

  @Test
  void detectsEachSeparatorEvenWithSeparatorsInsideQuotes() {
    String[] texts = {
      "a,b,c\n\"1;2\",2,3\n4,5,6\n",
      "a;b;c\n\"1,2\";2;3\n4;5;6\n",
      "a\tb\tc\n\"1,2\"\t2\t3\n4\t5\t6\n",
      "a|b|c\n\"1,2;3\"|2|3\n4|5|6\n",
      "\"fixed acidity\";\"quality\"\n7.4;5\n"
    };
    char[] expected = {',', ';', '\t', '|', ';'};
    for (int i = 0; i < texts.length; i++) {
      assertEquals(
          expected[i], CsvSeparator.detect(texts[i].getBytes(StandardCharsets.UTF_8)), texts[i]);
    }
  }

  @Test
  void readsQuotedCellsAndAByteOrderMark() throws IOException {
    Path file =
        write("bom.csv", "\uFEFF\"label\",\"note, with comma\"\na,\"x, y\"\nb,z\na,q\nb,w\n");
    CsvCells cells =
        CsvReader.cells(
            file, Files.readAllBytes(file), CsvSeparator.detect(Files.readAllBytes(file)));
    assertEquals(List.of("label", "note, with comma"), cells.header());
    assertEquals("x, y", cells.cell(0, 1));
    assertEquals(3, cells.line(1));
  }

  @Test
  void typesNumericAndCategoricalColumnsAndTreatsNaMarksAsMissing() throws IOException {
    Path file =
        write(
            "types.csv",
            "n,c,label\n1,x,a\nNA,y,b\n2.5,x,a\n?,z,b\n1e3,,a\nnan,y,b\n3,x,a\n4,y,b\n");
    OwnTable table =
        OwnTable.read(
            spec(file, "label", null, null, TableSpec.MissingValues.MEAN, 0.25, 0, Map.of()));
    assertEquals(List.of("n"), table.numericFeatures());
    assertEquals(Map.of("c", 3), table.categoricalFeatures());
    assertEquals(Map.of("n", 3, "c", 1), table.missingCells());
    assertEquals(0, table.rowsDropped());
    assertEquals(Task.CLASSIFICATION, table.task());
  }

  @Test
  void dropsAndCountsRowsWithAMissingValueByDefault() throws IOException {
    Path file =
        write("missing.csv", "n,label\n1,a\n,b\n2,a\n3,b\nNaN,a\n4,b\n5,a\n6,b\n7,a\n8,b\n");
    OwnTable table =
        OwnTable.read(
            spec(file, "label", null, null, TableSpec.MissingValues.DROP, 0.2, 0, Map.of()));
    assertEquals(10, table.rowsRead());
    assertEquals(2, table.rowsDropped());
    assertEquals(Map.of("n", 2), table.missingCells());
    int kept = Arrays.stream(table.trainCounts()).sum() + Arrays.stream(table.testCounts()).sum();
    assertEquals(8, kept);
  }

  @Test
  void imputesTrainingMeansWhichStandardiseToZero() throws IOException {
    Path file =
        write(
            "impute.csv", "n,label\n1,a\n,b\n2,a\n3,b\n,a\n4,b\n5,a\n6,b\n7,a\n8,b\n20,a\n22,b\n");
    OwnTable table =
        OwnTable.read(
            spec(file, "label", null, null, TableSpec.MissingValues.MEAN, 0.2, 0, Map.of()));
    PreparedTable prepared = table.prepare(0);
    assertEquals(Map.of("n", 2), prepared.imputedCells());
    Examples train = prepared.data().train();
    double mean = 0;
    int zeros = 0;
    for (float v : train.features()) {
      mean += v;
      zeros += Math.abs(v) < 1e-6 ? 1 : 0;
    }
    assertEquals(0, mean / train.size(), 1e-6);
    // Every imputed cell, wherever it landed, is the training mean, which standardises to 0.
    int zerosInTest = 0;
    for (float v : prepared.data().test().features()) {
      zerosInTest += Math.abs(v) < 1e-6 ? 1 : 0;
    }
    assertEquals(2, zeros + zerosInTest);
  }

  @Test
  void standardisesNumbersWithTrainingStatisticsAndOneHotsTrainingCategories() throws IOException {
    OwnTable table =
        OwnTable.read(
            spec(balanced(10), "kind", null, null, TableSpec.MissingValues.DROP, 0.2, 3, Map.of()));
    assertEquals(List.of("x", "y"), table.numericFeatures());
    TaskData data = table.prepare(0).data();
    Examples train = data.train();
    assertEquals(5, train.featureCount()); // x, 3 colours, y
    for (int f : new int[] {0, 4}) {
      double sum = 0;
      double squares = 0;
      for (int i = 0; i < train.size(); i++) {
        sum += train.features()[i * 5 + f];
      }
      double mean = sum / train.size();
      for (int i = 0; i < train.size(); i++) {
        double d = train.features()[i * 5 + f] - mean;
        squares += d * d;
      }
      assertEquals(0, mean, 1e-6);
      assertEquals(1, Math.sqrt(squares / train.size()), 1e-6);
    }
    for (int i = 0; i < train.size(); i++) {
      float ones = train.features()[i * 5 + 1] + train.features()[i * 5 + 2];
      ones += train.features()[i * 5 + 3];
      assertEquals(1, ones, "one colour per row");
    }
    assertEquals(Task.CLASSIFICATION, data.task());
    assertEquals(null, train.targets());
  }

  @Test
  void unseenTestCategoriesEncodeAsZerosAndAreCounted() throws IOException {
    Path file =
        write(
            "unseen.csv",
            "c,label\nred,a\nred,b\nblue,a\nblue,b\nred,a\nblue,b\ngreen,a\npurple,b\n");
    OwnTable table =
        OwnTable.read(
            spec(file, "label", null, null, TableSpec.MissingValues.DROP, 0.5, 0, Map.of()));
    // Rows 0-5 train (red, blue), rows 6-7 test (green, purple: neither seen in training).
    PreparedTable prepared =
        TableEncoder.encode(table, new int[] {0, 1, 2, 3, 4, 5}, new int[] {1, 6, 7});
    assertEquals(Map.of("c", 2), prepared.oneHotWidths());
    assertEquals(Map.of("c", 2), prepared.unseenTestCategories());
    float[] test = prepared.data().test().features();
    assertArrayEquals(new float[] {0, 1, 0, 0, 0, 0}, test); // blue, red order: red is position 1
  }

  @Test
  void theSplitIsStratifiedFixedByItsSeedAndTheSameForEveryTrainingSeed() throws IOException {
    Path file = balanced(10);
    OwnTable table =
        OwnTable.read(
            spec(file, "kind", null, null, TableSpec.MissingValues.DROP, 0.2, 7, Map.of()));
    assertArrayEquals(new int[] {8, 8}, table.trainCounts());
    assertArrayEquals(new int[] {2, 2}, table.testCounts());
    // Without an imbalance every training seed trains and tests on the same rows.
    assertArrayEquals(
        table.prepare(0).data().test().features(), table.prepare(99).data().test().features());
    assertArrayEquals(
        table.prepare(0).data().train().features(), table.prepare(99).data().train().features());
    OwnTable same =
        OwnTable.read(
            spec(file, "kind", null, null, TableSpec.MissingValues.DROP, 0.2, 7, Map.of()));
    OwnTable reseeded =
        OwnTable.read(
            spec(file, "kind", null, null, TableSpec.MissingValues.DROP, 0.2, 8, Map.of()));
    assertArrayEquals(table.split().test(), same.split().test());
    assertTrue(!Arrays.equals(table.split().test(), reseeded.split().test()));
    // Stratified: two rows of each class test.
    int[] testClasses = new int[2];
    for (int n : table.split().test()) {
      testClasses[table.classes()[n]]++;
    }
    assertArrayEquals(new int[] {2, 2}, testClasses);
  }

  @Test
  void keepMakesAClassRareInTrainingOnlyAndChoosesByTheSeed() throws IOException {
    OwnTable table =
        OwnTable.read(
            spec(
                balanced(50),
                "kind",
                null,
                null,
                TableSpec.MissingValues.DROP,
                0.2,
                0,
                Map.of("b", 0.25)));
    assertArrayEquals(new int[] {40, 10}, table.trainCounts());
    assertArrayEquals(new int[] {10, 10}, table.testCounts());
    TaskData seed0 = table.prepare(0).data();
    TaskData seed1 = table.prepare(1).data();
    assertArrayEquals(new int[] {40, 10}, seed0.train().classCounts(2));
    assertArrayEquals(new int[] {10, 10}, seed0.test().classCounts(2));
    assertTrue(
        !Arrays.equals(seed0.train().features(), seed1.train().features()),
        "another seed keeps other rows");
  }

  @Test
  void aRegressionTargetIsDividedByAPowerOfTenNearItsSpread() throws IOException {
    OwnTable table =
        OwnTable.read(
            spec(balanced(10), null, "y", "kind", TableSpec.MissingValues.DROP, 0.2, 0, Map.of()));
    assertEquals(Task.REGRESSION, table.task());
    assertEquals(100, table.targetScale()); // y = 10 i for i < 20: std about 58
    TaskData data = table.prepare(0).data();
    assertEquals(1, data.train().targetWidth());
    for (float t : data.train().targets()) {
      assertTrue(t >= 0 && t <= 1.9f + 1e-6, "target " + t);
    }
    assertEquals(List.of("x"), table.numericFeatures());
    assertEquals(Map.of("colour", 3), table.categoricalFeatures());
  }

  @Test
  void classBinsCutTheTargetAtTrainingQuantiles() throws IOException {
    TableSpec bins =
        new TableSpec(
            balanced(50),
            null,
            null,
            "y",
            null,
            4,
            List.of(),
            List.of("kind"),
            TableSpec.MissingValues.DROP,
            0.2,
            0,
            Map.of(),
            null);
    OwnTable table = OwnTable.read(bins);
    assertEquals(4, table.classNames().size());
    assertTrue(table.classNames().get(0).startsWith("<"), table.classNames().toString());
    assertTrue(table.classNames().get(3).startsWith(">="), table.classNames().toString());
    for (int count : table.trainCounts()) {
      assertEquals(20, count, 1.0);
    }
  }

  private String error(TableSpec spec) {
    return assertThrows(DataSetException.class, () -> OwnTable.read(spec)).getMessage();
  }

  private TableSpec label(Path file, String label) {
    return TableSpec.classification(file, label);
  }

  @Test
  void badTablesGetOneLineNamingWhatIsWrong() throws IOException {
    assertTrue(
        error(label(temp.resolve("nowhere.csv"), "a")).endsWith("nowhere.csv: no such file"));
    assertTrue(
        error(label(write("dup.csv", "a,b,a\n1,2,3\n"), "b"))
            .contains("columns 1 and 3 are both called 'a'"));
    assertTrue(
        error(label(write("nohead.csv", "1,2,3\n4,5,6\n"), "b"))
            .contains("line 1 holds numbers (1, 2, 3) where a header line"));
    String unknown = error(label(balanced(5), "knd"));
    assertTrue(unknown.contains("has no label column 'knd'; did you mean 'kind'?"), unknown);
    assertTrue(unknown.contains("'x', 'colour', 'kind', 'y'"), unknown);
    assertTrue(
        error(label(write("one.csv", "x,l\n1,a\n2,a\n3,a\n"), "l"))
            .contains("the label column 'l' has one value ('a') in all 3 rows kept"));
    String rare = error(label(write("rare.csv", "x,l\n1,a\n2,a\n3,a\n4,a\n5,a\n6,b\n7,b\n"), "l"));
    assertTrue(
        rare.contains(
            "class 'b' has 1 training example (of 2 rows, 20% held out for testing); a class"
                + " needs at least 2"),
        rare);
    String text =
        error(TableSpec.regression(write("text.csv", "x,y,k\n1,2,a\n2,3,b\n3,lots,a\n"), "y", "k"));
    assertTrue(
        text.endsWith(
            "text.csv: line 4, column 2 (y): 'lots' is not a number, and the"
                + " target of a regression must be one"),
        text);
    assertTrue(
        error(label(write("short.csv", "x,l\n1,a\n2\n"), "l"))
            .endsWith("short.csv: line 3 has 1 value(s), but the header names 2 columns"));
    assertTrue(
        error(
                new TableSpec(
                    balanced(10),
                    null,
                    "kind",
                    null,
                    null,
                    0,
                    List.of(),
                    List.of(),
                    TableSpec.MissingValues.DROP,
                    0.2,
                    0,
                    Map.of("c", 0.5),
                    null))
            .contains("no class 'c' to keep a share of (the classes are a, b)"));
    StringBuilder ids = new StringBuilder("id,l\n");
    for (int i = 0; i < 2 * OwnTable.MAX_CATEGORIES + 2; i++) {
      ids.append("row").append(i).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
    }
    assertTrue(
        error(label(write("ids.csv", ids.toString()), "l"))
            .contains("column 'id' has 202 different values, too many to one-hot encode"));
  }
}
