package org.learn2mix.data.published;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

class NoisyLinearTest {
  private static final TaskData DATA = NoisyLinear.WELL_SPECIFIED.generate(3);
  private static final TaskData MISSPECIFIED = NoisyLinear.MISSPECIFIED.generate(3);

  /** Per class, the mean of (y − w_c·x)² over the examples: the sample noise variance. */
  private static double[] residualVariance(NoisyLinear problem, Examples examples) {
    double[] sum = new double[4];
    int[] count = new int[4];
    int d = NoisyLinear.DIMENSION;
    for (int n = 0; n < examples.size(); n++) {
      int c = examples.classes()[n];
      double[] w = problem.slope(c);
      double residual = examples.targets()[n];
      for (int j = 0; j < d; j++) {
        residual -= w[j] * examples.features()[n * d + j];
      }
      sum[c] += residual * residual;
      count[c]++;
    }
    for (int c = 0; c < 4; c++) {
      sum[c] /= count[c];
    }
    return sum;
  }

  @Test
  void hasFourClassesOfUnequalSizeAndFiveFeatures() {
    assertEquals("theory", DATA.name());
    assertEquals("theory-misspecified", MISSPECIFIED.name());
    assertEquals(Task.REGRESSION, DATA.task());
    assertEquals(List.of("sigma=0.5", "sigma=1", "sigma=1.5", "sigma=2"), DATA.classNames());
    assertArrayEquals(new int[] {8000, 8000, 4000, 4000}, DATA.train().classCounts(4));
    assertArrayEquals(new int[] {1000, 1000, 1000, 1000}, DATA.test().classCounts(4));
    assertArrayEquals(new long[] {5}, DATA.train().exampleShape());
    assertEquals(1, DATA.train().targetWidth());
  }

  @Test
  void sameSeedSameDataAndOtherSeedsDiffer() {
    TaskData again = NoisyLinear.WELL_SPECIFIED.generate(3);
    assertArrayEquals(DATA.train().features(), again.train().features());
    assertArrayEquals(DATA.test().targets(), again.test().targets());
    TaskData other = NoisyLinear.WELL_SPECIFIED.generate(4);
    assertFalse(Arrays.equals(DATA.train().features(), other.train().features()));
  }

  @Test
  void theNoiseAroundEachClassSlopeHasThatClassVariance() {
    double[] sigma = {0.5, 1, 1.5, 2};
    for (NoisyLinear problem : List.of(NoisyLinear.WELL_SPECIFIED, NoisyLinear.MISSPECIFIED)) {
      double[] variance = residualVariance(problem, problem.generate(3).train());
      for (int c = 0; c < 4; c++) {
        double expected = sigma[c] * sigma[c];
        // a mean of n squared Gaussians: relative standard deviation √(2/n), at most 2.3% here
        assertEquals(expected, variance[c], 0.1 * expected, "class " + (c + 1));
      }
    }
  }

  @Test
  void theVariantsShareFeaturesAndDifferOnlyInClassOnesTargets() {
    Examples well = DATA.train();
    Examples mis = MISSPECIFIED.train();
    assertArrayEquals(well.features(), mis.features());
    for (int n = 0; n < well.size(); n++) {
      boolean classOne = well.classes()[n] == 0;
      double gap = mis.targets()[n] - well.targets()[n];
      double expected = classOne ? 1.5 * well.features()[n * NoisyLinear.DIMENSION] : 0;
      assertEquals(expected, gap, 1e-5, "example " + n);
    }
    double[] w = NoisyLinear.WELL_SPECIFIED.slope(1);
    assertArrayEquals(w, NoisyLinear.MISSPECIFIED.slope(1));
    w[0] += 1.5;
    assertArrayEquals(w, NoisyLinear.MISSPECIFIED.slope(0));
  }

  @Test
  void alphaStarIsTheShareOfEachNoiseVariance() {
    List<Double> alpha = NoisyLinear.alphaStar();
    assertEquals(4, alpha.size());
    assertEquals(1.0, alpha.stream().mapToDouble(Double::doubleValue).sum(), 1e-15);
    assertEquals(1 / 30.0, alpha.get(0), 1e-15);
    assertEquals(16 / 30.0, alpha.get(3), 1e-15);
  }

  @Test
  void expectedLossIsNoiseVariancePlusSquaredDistanceToTheSlope() {
    NoisyLinear problem = NoisyLinear.MISSPECIFIED;
    double[] theta = problem.slope(1);
    assertEquals(2.25, problem.expectedLoss(2, theta, 0), 1e-12);
    assertEquals(0.25 + 1.5 * 1.5 + 0.5 * 0.5, problem.expectedLoss(0, theta, 0.5), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> problem.expectedLoss(0, new double[2], 0));
    assertTrue(problem.expectedLoss(3, theta, 0) > problem.expectedLoss(2, theta, 0));
  }
}
