package org.learn2mix.mixing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MixingProportionsTest {
  private static final double EPS = 1e-12;

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  private static void assertOnSimplex(MixingProportions alpha, String context) {
    double s = 0;
    for (int i = 0; i < alpha.classCount(); i++) {
      assertTrue(alpha.share(i) >= 0, context + ": negative share " + alpha);
      assertTrue(Double.isFinite(alpha.share(i)), context + ": non-finite share " + alpha);
      s += alpha.share(i);
    }
    assertEquals(1.0, s, EPS, context + ": shares sum to " + s);
  }

  @Test
  void ofCountsGivesClassFractions() {
    MixingProportions alpha = MixingProportions.ofCounts(new int[] {2, 3, 5});
    assertEquals(3, alpha.classCount());
    assertArrayEquals(new double[] {2.0 / 10, 3.0 / 10, 5.0 / 10}, alpha.toArray(), EPS);

    MixingProportions withEmpty = MixingProportions.ofCounts(new int[] {0, 1, 3});
    assertArrayEquals(new double[] {0.0, 0.25, 0.75}, withEmpty.toArray(), EPS);
  }

  @Test
  void ofCountsRejectsNegativeOrEmpty() {
    assertThrows(IllegalArgumentException.class, () -> MixingProportions.ofCounts(new int[] {}));
    assertThrows(
        IllegalArgumentException.class, () -> MixingProportions.ofCounts(new int[] {0, 0}));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MixingProportions.ofCounts(new int[] {3, -1}));
    assertTrue(e.getMessage().contains("class 2"), e.getMessage());
  }

  @Test
  void ofAcceptsValidSharesAndCopiesThem() {
    double[] shares = {0.5, 0.3, 0.2};
    MixingProportions alpha = MixingProportions.of(shares);
    shares[0] = 0.9;
    assertEquals(0.5, alpha.share(0), EPS);
    double[] copy = alpha.toArray();
    copy[1] = 7;
    assertEquals(0.3, alpha.share(1), EPS);
  }

  @Test
  void ofRejectsNegativeNonFiniteAndNonSumming() {
    assertThrows(IllegalArgumentException.class, () -> MixingProportions.of());
    assertThrows(IllegalArgumentException.class, () -> MixingProportions.of(1.2, -0.2));
    assertThrows(IllegalArgumentException.class, () -> MixingProportions.of(Double.NaN, 1.0));
    assertThrows(
        IllegalArgumentException.class, () -> MixingProportions.of(Double.POSITIVE_INFINITY, 0.0));
    assertThrows(IllegalArgumentException.class, () -> MixingProportions.of(0.5, 0.4));
    assertThrows(IllegalArgumentException.class, () -> MixingProportions.of(0.6, 0.6));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MixingProportions.of(0.5, 0.6, -0.1));
    assertTrue(e.getMessage().contains("class 3"), e.getMessage());
  }

  @Test
  void ofRemovesTinyDriftBySumming() {
    MixingProportions alpha = MixingProportions.of(0.5, 0.5 + 1e-11);
    assertOnSimplex(alpha, "near-simplex input");
  }

  @Test
  void uniformHasEqualShares() {
    MixingProportions alpha = MixingProportions.uniform(4);
    assertArrayEquals(new double[] {0.25, 0.25, 0.25, 0.25}, alpha.toArray(), EPS);
    assertThrows(IllegalArgumentException.class, () -> MixingProportions.uniform(0));
    assertThrows(IllegalArgumentException.class, () -> MixingProportions.uniform(-1));
  }

  @Test
  void towardsMatchesHandWorkedUpdate() {
    // alpha = (0.5, 0.3, 0.2), L = (1, 2, 1), gamma = 0.1
    // L / sum(L) = (1/4, 2/4, 1/4) = (0.25, 0.5, 0.25)
    // target - alpha = (0.25 - 0.5, 0.5 - 0.3, 0.25 - 0.2) = (-0.25, 0.2, 0.05)
    // gamma * (target - alpha) = (-0.025, 0.02, 0.005)
    // alpha' = (0.5 - 0.025, 0.3 + 0.02, 0.2 + 0.005) = (0.475, 0.32, 0.205), sum 1
    MixingProportions alpha = MixingProportions.of(0.5, 0.3, 0.2);
    MixingProportions next = alpha.towards(new double[] {1, 2, 1}, 0.1);
    assertArrayEquals(new double[] {0.475, 0.32, 0.205}, next.toArray(), EPS);
    // immutability: the original is untouched
    assertArrayEquals(new double[] {0.5, 0.3, 0.2}, alpha.toArray(), EPS);
  }

  @Test
  void towardsSecondHandWorkedUpdate() {
    // alpha = (0.25, 0.75), L = (3, 1) -> target (0.75, 0.25); gamma = 0.5
    // alpha' = (0.25 + 0.5*(0.75-0.25), 0.75 + 0.5*(0.25-0.75)) = (0.5, 0.5)
    MixingProportions next = MixingProportions.of(0.25, 0.75).towards(new double[] {3, 1}, 0.5);
    assertArrayEquals(new double[] {0.5, 0.5}, next.toArray(), EPS);
  }

  @Test
  void towardsIsScaleInvariantInTheLosses() {
    MixingProportions alpha = MixingProportions.of(0.1, 0.6, 0.3);
    double[] losses = {0.7, 0.2, 1.3};
    double[] scaled = {70, 20, 130};
    assertArrayEquals(
        alpha.towards(losses, 0.3).toArray(), alpha.towards(scaled, 0.3).toArray(), EPS);
  }

  @Test
  void gammaOneJumpsToNormalisedLosses() {
    MixingProportions next = MixingProportions.uniform(4).towards(new double[] {1, 0, 3, 4}, 1.0);
    assertArrayEquals(new double[] {0.125, 0.0, 0.375, 0.5}, next.toArray(), EPS);
  }

  @Test
  void gammaZeroLeavesAlphaUnchanged() {
    MixingProportions alpha = MixingProportions.of(0.5, 0.3, 0.2);
    assertArrayEquals(alpha.toArray(), alpha.towards(new double[] {5, 1, 9}, 0.0).toArray(), 1e-15);
  }

  @Test
  void unchangedWhenLossesGiveNoDirection() {
    MixingProportions alpha = MixingProportions.of(0.5, 0.3, 0.2);
    double[][] bad = {
      {0, 0, 0},
      {1, Double.NaN, 1},
      {1, Double.POSITIVE_INFINITY, 1},
      {1, -1, 1},
      {Double.MAX_VALUE, Double.MAX_VALUE, 1} // finite entries, but the sum overflows
    };
    for (double[] losses : bad) {
      assertFalse(MixingProportions.canMoveTowards(losses), java.util.Arrays.toString(losses));
      assertSame(alpha, alpha.towards(losses, 0.5), java.util.Arrays.toString(losses));
    }
    assertTrue(MixingProportions.canMoveTowards(new double[] {0, 0, 1e-300}));
  }

  @Test
  void towardsRejectsBadGammaAndLength() {
    MixingProportions alpha = MixingProportions.of(0.5, 0.5);
    double[] losses = {1, 2};
    assertThrows(IllegalArgumentException.class, () -> alpha.towards(losses, -0.01));
    assertThrows(IllegalArgumentException.class, () -> alpha.towards(losses, 1.01));
    assertThrows(IllegalArgumentException.class, () -> alpha.towards(losses, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> alpha.towards(new double[] {1, 2, 3}, 0.1));
  }

  @Test
  void repeatedUpdatesContractGeometricallyTowardsTheTarget() {
    // With constant L, alpha_t - target = (1 - gamma)^t (alpha_0 - target).
    MixingProportions alpha = MixingProportions.of(0.7, 0.2, 0.1);
    double[] losses = {1, 1, 2};
    double[] target = {0.25, 0.25, 0.5};
    double gamma = 0.2;
    double[] start = alpha.toArray();
    for (int t = 1; t <= 30; t++) {
      alpha = alpha.towards(losses, gamma);
      double factor = Math.pow(1 - gamma, t);
      for (int i = 0; i < 3; i++) {
        assertEquals(target[i] + factor * (start[i] - target[i]), alpha.share(i), 1e-12);
      }
    }
  }

  @Test
  void randomUpdatesStayOnTheSimplexAndFollowTheFormula() {
    Random random = new Random(12345L);
    int updates = 0;
    while (updates < 10_000) {
      int k = 1 + random.nextInt(20);
      int[] counts = new int[k];
      counts[random.nextInt(k)] = 1 + random.nextInt(1000);
      for (int i = 0; i < k; i++) {
        if (random.nextDouble() < 0.8) {
          counts[i] += random.nextInt(10_000);
        }
      }
      MixingProportions alpha = MixingProportions.ofCounts(counts);
      for (int step = 0; step < 50; step++, updates++) {
        double gamma = random.nextInt(10) == 0 ? random.nextInt(2) : random.nextDouble();
        double[] losses = new double[k];
        boolean allZero = random.nextInt(20) == 0;
        for (int i = 0; i < k; i++) {
          double r = random.nextDouble();
          if (allZero || r < 0.3) {
            losses[i] = 0;
          } else if (r < 0.4) {
            losses[i] = 1e-8 * random.nextDouble();
          } else if (r < 0.5) {
            losses[i] = 1e6 * random.nextDouble();
          } else {
            losses[i] = random.nextDouble() * 3;
          }
        }
        MixingProportions next = alpha.towards(losses, gamma);
        String context = "update " + updates + " gamma " + gamma;
        assertOnSimplex(next, context);
        double lossSum = sum(losses);
        for (int i = 0; i < k; i++) {
          double expected =
              lossSum > 0
                  ? alpha.share(i) + gamma * (losses[i] / lossSum - alpha.share(i))
                  : alpha.share(i);
          assertEquals(expected, next.share(i), 1e-12, context);
        }
        // the result is itself valid input
        MixingProportions.of(next.toArray());
        alpha = next;
      }
    }
  }

  @Test
  void equalsAndHashCodeFollowShares() {
    MixingProportions a = MixingProportions.ofCounts(new int[] {1, 3});
    MixingProportions b = MixingProportions.of(0.25, 0.75);
    MixingProportions c = MixingProportions.of(0.75, 0.25);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
  }
}
