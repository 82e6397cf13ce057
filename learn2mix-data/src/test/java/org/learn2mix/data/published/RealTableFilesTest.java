package org.learn2mix.data.published;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.tables.LoadedTables;

/**
 * The real Wine Quality and California housing files of the shared data folder (system property
 * {@code shared.datasets}); skipped where that folder is absent. Each is read once for all tests.
 */
class RealTableFilesTest {
  private static LoadedTables wine;
  private static LoadedTables housing;

  @BeforeAll
  static void readOnce() {
    String folder = System.getProperty("shared.datasets");
    assumeTrue(
        folder != null && Files.isDirectory(Path.of(folder, "california-housing")),
        "no shared data");
    Path shared = Path.of(folder);
    wine = DataLocator.standard().load(Catalogue.WINE_QUALITY, shared.resolve("wine-quality"));
    housing = DataLocator.standard().load(Catalogue.CALIFORNIA_HOUSING, shared);
  }

  @Test
  void theFilesHaveTheirPublishedRowsAndChecksums() {
    assertEquals(1599, wine.table(WineQuality.RED).rows());
    assertEquals(4898, wine.table(WineQuality.WHITE).rows());
    assertEquals(20640, housing.table(CaliforniaHousing.FILE).rows());
    assertTrue(wine.verified());
    assertTrue(housing.verified());
    assertEquals(
        List.of(
            "4a402cf041b025d4566d954c3b9ba8635a3a8a01e039005d97d6a710278cf05e",
            "76c3f809815c17c07212622f776311faeb31e87610d52c26d87d6e361b169836"),
        wine.files().stream().map(VerifiedFile::sha256).toList());
    assertEquals(
        "8a3727f4cf54ac1a327f69b1d5b4db54c5834ea81c6e4efc0d163300022a685e",
        housing.files().get(0).sha256());
  }

  @Test
  void housingHas207MissingBedroomCountsAnd20428UsableRows() {
    long missing =
        java.util.Arrays.stream(housing.table(CaliforniaHousing.FILE).column("total_bedrooms"))
            .filter(Double::isNaN)
            .count();
    assertEquals(207, missing);
    assertEquals(20428, CaliforniaHousing.usableRows(housing.table(CaliforniaHousing.FILE)).size());
  }

  @Test
  void wineQualityTrainsOnThePublished1043() {
    for (long seed : new long[] {0, 1, 4}) {
      TaskData data = WineQuality.prepare(wine, seed);
      assertEquals(1043, data.train().size());
      assertArrayEquals(new int[] {244, 799}, data.train().classCounts(2));
      assertArrayEquals(new int[] {2449, 800}, data.test().classCounts(2));
      assertEquals(11, data.train().featureCount());
    }
  }

  @Test
  void californiaHousingTrainsOnThePublished3641() {
    for (long seed : new long[] {0, 3}) {
      TaskData data = CaliforniaHousing.prepare(housing, seed);
      assertEquals(3641, data.train().size());
      assertArrayEquals(new int[] {224, 3297, 56, 64}, data.train().classCounts(4));
      assertEquals(10214, data.test().size());
      assertEquals(8, data.train().featureCount());
    }
  }
}
