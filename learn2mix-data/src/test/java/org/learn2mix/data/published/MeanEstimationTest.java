package org.learn2mix.data.published;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

class MeanEstimationTest {
  private static final TaskData DATA = MeanEstimation.generate(11);

  @Test
  void hasThePublishedClassSizesAndShapes() {
    assertEquals(Task.REGRESSION, DATA.task());
    assertEquals(4, DATA.classCount());
    assertArrayEquals(new int[] {1000, 1000, 800, 200}, DATA.train().classCounts(4));
    assertArrayEquals(new int[] {1000, 1000, 1000, 1000}, DATA.test().classCounts(4));
    assertArrayEquals(new long[] {10}, DATA.train().exampleShape());
    assertEquals(1, DATA.train().targetWidth());
  }

  @Test
  void sameSeedSameDataAndOtherSeedsDiffer() {
    TaskData again = MeanEstimation.generate(11);
    TaskData other = MeanEstimation.generate(12);
    assertArrayEquals(DATA.train().features(), again.train().features());
    assertArrayEquals(DATA.test().targets(), again.test().targets());
    assertFalse(Arrays.equals(DATA.train().features(), other.train().features()));
  }

  @Test
  void parametersLieInTheirPublishedRanges() {
    Examples train = DATA.train();
    for (int n = 0; n < train.size(); n++) {
      double target = train.targets()[n];
      switch (train.classes()[n]) {
        case 0, 1, 2 -> assertTrue(target > 0 && target <= 1, "target " + target + " of " + n);
        default -> {
          assertTrue(target >= 20 && target <= 50, "centre " + target);
          for (int d = 0; d < MeanEstimation.DRAWS; d++) {
            float x = train.features()[n * MeanEstimation.DRAWS + d];
            assertTrue(Math.abs(x - target) <= 10.0001, "draw " + x + " far from " + target);
          }
        }
      }
      if (train.classes()[n] == 1 || train.classes()[n] == 2) {
        for (int d = 0; d < MeanEstimation.DRAWS; d++) {
          assertTrue(train.features()[n * MeanEstimation.DRAWS + d] >= 0);
        }
      }
    }
  }

  @Test
  void drawsAverageToTheTargetOverManyExamples() {
    Examples test = DATA.test();
    double[] bias = new double[4];
    double[] spread = {1.0, 1.0, 1.0, 20 / Math.sqrt(12)};
    for (int n = 0; n < test.size(); n++) {
      double sum = 0;
      for (int d = 0; d < MeanEstimation.DRAWS; d++) {
        sum += test.features()[n * MeanEstimation.DRAWS + d];
      }
      bias[test.classes()[n]] += sum / MeanEstimation.DRAWS - test.targets()[n];
    }
    for (int c = 0; c < 4; c++) {
      double meanBias = bias[c] / 1000;
      // The mean of 10,000 draws misses the true means by a few hundredths of their spread.
      assertTrue(
          Math.abs(meanBias) < 5 * spread[c] / Math.sqrt(10_000),
          MeanEstimation.CLASS_NAMES.get(c) + " draws are biased by " + meanBias);
    }
  }
}
