package org.learn2mix.data.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Examples;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.VerifiedFile;

/** Preparation of images into tasks, on hand-made images whose values can be checked by hand. */
class ImageTasksTest {
  private static final List<String> TWO = List.of("a", "b");
  private static final List<VerifiedFile> NO_FILES = List.of();

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  /** Grey 1x2 images: training {0, 255}, {51, 102}, {255, 0}; test {0, 51}. */
  private static LoadedImages grey() {
    ImageSet train = new ImageSet(3, 1, 1, 2, bytes(0, 255, 51, 102, 255, 0), new int[] {0, 1, 1});
    ImageSet test = new ImageSet(1, 1, 1, 2, bytes(0, 51), new int[] {1});
    return new LoadedImages(train, test, TWO, NO_FILES);
  }

  @Test
  void greyClassificationMapsZeroToMinusOneAndFullToOne() {
    TaskData task = ImageTasks.classification("g", grey(), ImbalanceRecipe.none(2), 0);
    assertEquals(Task.CLASSIFICATION, task.task());
    assertEquals("g", task.name());
    Examples train = task.train();
    assertArrayEquals(new long[] {1, 1, 2}, train.exampleShape());
    assertArrayEquals(
        new float[] {-1f, 1f, (float) (0.2 * 2 - 1), (float) (0.4 * 2 - 1), 1f, -1f},
        train.decodedFeatures());
    assertArrayEquals(new int[] {0, 1, 1}, train.classes());
    assertNull(train.targets());
    assertEquals(0, train.targetWidth());
    assertArrayEquals(new float[] {-1f, -0.6f}, task.test().decodedFeatures(), 1e-7f);
    assertEquals(TWO, task.classNames());
    assertTrue(train.storedAsBytes(), "classification keeps one byte per pixel");
    LoadedImages images = grey();
    assertSame(
        images.test().pixels(),
        ImageTasks.classification("g", images, ImbalanceRecipe.none(2), 0).test().bytes().values(),
        "the whole test set shares the loaded pixels");
  }

  @Test
  void reconstructionScalesToZeroOneAndFlattens() {
    TaskData task = ImageTasks.reconstruction("r", grey(), ImbalanceRecipe.none(2), 0);
    assertEquals(Task.RECONSTRUCTION, task.task());
    assertArrayEquals(new long[] {2}, task.train().exampleShape());
    assertArrayEquals(new float[] {0f, 1f, 0.2f, 0.4f, 1f, 0f}, task.train().features());
    assertArrayEquals(new float[] {0f, 0.2f}, task.test().features());
    assertNull(task.train().targets());
  }

  @Test
  void theRecipeThinsTheTrainingSetOnlyAndKeepsOrder() {
    // Class b (2 of 3 training images) keeps half: one of its two images.
    ImbalanceRecipe recipe = ImbalanceRecipe.keep(2, 0.5, 2);
    TaskData task = ImageTasks.reconstruction("r", grey(), recipe, 3);
    int[] kept = recipe.select(grey().train().labels(), 3);
    assertEquals(2, kept.length);
    assertEquals(2, task.train().size());
    assertArrayEquals(new int[] {0, 1}, task.train().classes());
    float[] expected = new float[4];
    for (int i = 0; i < 2; i++) {
      for (int p = 0; p < 2; p++) {
        expected[2 * i + p] = (grey().train().pixels()[2 * kept[i] + p] & 0xff) / 255f;
      }
    }
    assertArrayEquals(expected, task.train().features(), 1e-7f);
    assertEquals(1, task.test().size(), "the test set is never imbalanced");
  }

  /**
   * Colour 1x2 images, two training and one test. Red training pixels 0, 255, 0, 255 (mean 0.5, std
   * 0.5); green 51 everywhere (std 0); blue 0, 0, 102, 102 (mean 0.2, std 0.2).
   */
  private static LoadedImages colour(int[] trainLabels) {
    ImageSet train =
        new ImageSet(
            2, 3, 1, 2, bytes(0, 255, 51, 51, 0, 0, 0, 255, 51, 51, 102, 102), trainLabels);
    ImageSet test = new ImageSet(1, 3, 1, 2, bytes(255, 255, 0, 102, 51, 204), new int[] {1});
    return new LoadedImages(train, test, TWO, NO_FILES);
  }

  @Test
  void colourClassificationStandardisesEachChannelWithTrainingStatistics() {
    TaskData task =
        ImageTasks.classification("c", colour(new int[] {0, 1}), ImbalanceRecipe.none(2), 0);
    assertArrayEquals(new long[] {3, 1, 2}, task.train().exampleShape());
    assertArrayEquals(
        new float[] {-1, 1, 0, 0, -1, -1, -1, 1, 0, 0, 1, 1},
        task.train().decodedFeatures(),
        1e-6f);
    // Test pixels use the training statistics, not their own; the constant green is only centred.
    assertArrayEquals(new float[] {1, 1, -0.2f, 0.2f, 0, 3}, task.test().decodedFeatures(), 1e-6f);
  }

  @Test
  void colourStatisticsComeFromTheImbalancedTrainingSet() {
    // Three training images; class b keeps one of its two, so the statistics change with it.
    ImageSet train =
        new ImageSet(3, 3, 1, 1, bytes(0, 0, 0, 255, 255, 255, 51, 51, 51), new int[] {0, 1, 1});
    LoadedImages images =
        new LoadedImages(train, new ImageSet(0, 3, 1, 1, new byte[0], new int[0]), TWO, NO_FILES);
    ImbalanceRecipe recipe = ImbalanceRecipe.keep(2, 0.5, 2);
    int[] kept = recipe.select(train.labels(), 11);
    double other = (train.pixels()[3 * kept[1]] & 0xff) / 255.0;
    double mean = other / 2;
    double std = other / 2;
    float[] features = ImageTasks.classification("c", images, recipe, 11).train().decodedFeatures();
    assertEquals(6, features.length);
    assertEquals((float) ((0 - mean) / std), features[0], 1e-6f);
    assertEquals((float) ((other - mean) / std), features[3], 1e-6f);
  }

  @Test
  void aRecipeForAnotherNumberOfClassesIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ImageTasks.classification("g", grey(), ImbalanceRecipe.none(3), 0));
  }

  @Test
  void loadedImagesCheckShapesAndLabels() {
    ImageSet grey = new ImageSet(1, 1, 1, 2, bytes(0, 0), new int[] {0});
    ImageSet colour = new ImageSet(1, 3, 1, 2, new byte[6], new int[] {0});
    assertThrows(
        IllegalArgumentException.class, () -> new LoadedImages(grey, colour, TWO, NO_FILES));
    ImageSet labelTwo = new ImageSet(1, 1, 1, 2, bytes(0, 0), new int[] {2});
    assertThrows(
        IllegalArgumentException.class, () -> new LoadedImages(grey, labelTwo, TWO, NO_FILES));
    assertThrows(
        IllegalArgumentException.class, () -> new ImageSet(2, 1, 1, 2, new byte[3], new int[2]));
    assertThrows(
        IllegalArgumentException.class,
        () -> new VerifiedFile(Path.of("x"), "ABC", VerifiedFile.Verification.NOT_VERIFIED));
  }
}
