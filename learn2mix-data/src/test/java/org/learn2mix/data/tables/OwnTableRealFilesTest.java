package org.learn2mix.data.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

/**
 * The real red-wine and California housing files of the shared data folder (system property {@code
 * shared.datasets}) read as tables of one's own; skipped where that folder is absent.
 */
class OwnTableRealFilesTest {
  private static Path shared;

  @BeforeAll
  static void findShared() {
    String folder = System.getProperty("shared.datasets");
    assumeTrue(
        folder != null && Files.isDirectory(Path.of(folder, "california-housing")),
        "no shared data");
    shared = Path.of(folder);
  }

  @Test
  void redWineIsASemicolonTableOfSixQualityClasses() {
    OwnTable wine =
        OwnTable.read(
            TableSpec.classification(
                shared.resolve("wine-quality/winequality-red.csv"), "quality"));
    assertEquals(';', wine.separator());
    assertEquals(1599, wine.rowsRead());
    assertEquals(0, wine.rowsDropped());
    assertEquals(List.of("3", "4", "5", "6", "7", "8"), wine.classNames());
    assertEquals(11, wine.numericFeatures().size());
    assertEquals(Map.of(), wine.categoricalFeatures());
    // 10, 53, 681, 638, 199 and 18 rows; ⌊0.8 N_c⌋ of each train.
    assertArrayEquals(new int[] {8, 42, 544, 510, 159, 14}, wine.trainCounts());
    assertArrayEquals(new int[] {2, 11, 137, 128, 40, 4}, wine.testCounts());
    assertEquals("4a402cf041b025d4566d954c3b9ba8635a3a8a01e039005d97d6a710278cf05e", wine.sha256());
    TaskData data = wine.prepare(0).data();
    assertEquals(Task.CLASSIFICATION, data.task());
    assertEquals(11, data.train().featureCount());
  }

  @Test
  void housingDropsTheRowsWithAMissingBedroomCountAndKeepsIslandAtFourToOne() {
    OwnTable housing =
        OwnTable.read(
            TableSpec.regression(
                shared.resolve("california-housing/housing.csv"),
                "median_house_value",
                "ocean_proximity"));
    assertEquals(',', housing.separator());
    assertEquals(20640, housing.rowsRead());
    assertEquals(207, housing.rowsDropped());
    assertEquals(Map.of("total_bedrooms", 207), housing.missingCells());
    assertEquals(
        List.of("<1H OCEAN", "INLAND", "ISLAND", "NEAR BAY", "NEAR OCEAN"), housing.classNames());
    assertEquals(4, housing.trainCounts()[2]);
    assertEquals(1, housing.testCounts()[2]);
    assertEquals(
        20433,
        Arrays.stream(housing.trainCounts()).sum() + Arrays.stream(housing.testCounts()).sum());
    assertEquals(1e5, housing.targetScale());
    assertEquals(8, housing.numericFeatures().size());
    TaskData data = housing.prepare(0).data();
    assertEquals(Task.REGRESSION, data.task());
    assertEquals(8, data.train().featureCount());
  }
}
