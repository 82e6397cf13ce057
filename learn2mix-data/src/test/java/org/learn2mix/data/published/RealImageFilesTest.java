package org.learn2mix.data.published;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.images.ImageTasks;
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.locate.DataSetStatus.Origin;
import org.learn2mix.data.locate.SearchPaths;

/**
 * The real MNIST and Fashion-MNIST files of the shared data folder (system property {@code
 * shared.datasets}); skipped where that folder is absent. Each is read once for all tests.
 */
class RealImageFilesTest {
  private static Path shared;
  private static LoadedImages mnist;
  private static LoadedImages fashion;

  @BeforeAll
  static void readOnce() {
    String folder = System.getProperty("shared.datasets");
    assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "mnist")), "no shared data");
    shared = Path.of(folder);
    long start = System.nanoTime();
    mnist = DataLocator.standard().load(Catalogue.MNIST, shared.resolve("mnist"));
    long read = System.nanoTime();
    fashion = DataLocator.standard().load(Catalogue.FASHION_MNIST, shared.resolve("fashion-mnist"));
    System.out.printf(
        "read and verified MNIST in %.2f s, Fashion-MNIST in %.2f s%n",
        (read - start) / 1e9, (System.nanoTime() - read) / 1e9);
  }

  @Test
  void mnistHasItsPublishedSizesAndVerifies() {
    assertShapes(mnist);
    assertArrayEquals(
        new int[] {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949},
        mnist.train().classCounts(10));
    assertArrayEquals(
        new int[] {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009},
        mnist.test().classCounts(10));
  }

  @Test
  void fashionMnistHasItsPublishedSizesAndVerifies() {
    assertShapes(fashion);
    int[] sixThousand = new int[10];
    Arrays.fill(sixThousand, 6000);
    assertArrayEquals(sixThousand, fashion.train().classCounts(10));
    int[] thousand = new int[10];
    Arrays.fill(thousand, 1000);
    assertArrayEquals(thousand, fashion.test().classCounts(10));
  }

  @Test
  void mnistPreparesForClassificationAndForImbalancedReconstruction() {
    long start = System.nanoTime();
    TaskData classify = ImageTasks.classification("mnist", mnist, ImbalanceRecipe.none(10), 0);
    System.out.printf(
        "prepared MNIST for classification in %.3f s%n", (System.nanoTime() - start) / 1e9);
    assertEquals(60_000, classify.train().size());
    assertArrayEquals(new long[] {1, 28, 28}, classify.train().exampleShape());
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (float x : classify.train().decodedFeatures()) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    assertEquals(-1f, min);
    assertEquals(1f, max);

    // The mnist-recon preset: classes 6-10 keep 0.2 of their training images.
    ImbalanceRecipe recipe = ImbalanceRecipe.keep(10, 0.2, 6, 7, 8, 9, 10);
    TaskData recon = ImageTasks.reconstruction("mnist-recon", mnist, recipe, 0);
    int[] counts = recon.train().classCounts(10);
    int[] all = mnist.train().classCounts(10);
    for (int c = 0; c < 10; c++) {
      assertEquals(c < 5 ? all[c] : all[c] / 5, counts[c], "class " + (c + 1));
    }
    assertArrayEquals(new long[] {784}, recon.train().exampleShape());
    assertEquals(10_000, recon.test().size(), "the test set is never imbalanced");
  }

  @Test
  void fashionMnistIsFoundInTheDebianPackageFolder(@TempDir Path cache) {
    DataLocator locator =
        new DataLocator(
            new SearchPaths(null, cache, shared),
            (url, target) -> {
              throw new AssertionError("no download expected");
            });
    DataLocator.Location found = locator.find(Catalogue.FASHION_MNIST, null).orElseThrow();
    assertEquals(Origin.SYSTEM, found.origin());
    assertEquals(shared.resolve("fashion-mnist"), found.folder());
    assertTrue(locator.find(Catalogue.MNIST, null).isEmpty(), "only Fashion-MNIST is packaged");
  }

  private static void assertShapes(LoadedImages images) {
    assertEquals(60_000, images.train().count());
    assertEquals(10_000, images.test().count());
    assertEquals(1, images.train().channels());
    assertEquals(28, images.train().height());
    assertEquals(28, images.train().width());
    assertEquals(60_000 * 784, images.train().pixels().length);
    assertEquals(4, images.files().size());
    assertTrue(images.verified());
    for (VerifiedFile file : images.files()) {
      assertEquals(VerifiedFile.Verification.CONTENT_SHA256, file.verification());
    }
    int[] counts = images.train().classCounts(10);
    assertEquals(60_000, Arrays.stream(counts).sum());
  }
}
