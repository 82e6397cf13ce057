package org.learn2mix.mixing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AllocationTest {

  // The hand-worked cases use dyadic shares, which doubles hold exactly, so that alpha_i * M and
  // its fractional part are exactly what the arithmetic in the comments says.

  @Test
  void exactSharesNeedNoRounding() {
    // (0.5, 0.25, 0.25) * 8 = (4, 2, 2)
    assertArrayEquals(
        new int[] {4, 2, 2}, Allocation.largestRemainder(MixingProportions.of(0.5, 0.25, 0.25), 8));
  }

  @Test
  void leftoverGoesToLargestRemainder() {
    // alpha = (16, 13, 3) / 32, M = 8: exact (4, 3.25, 0.75); floors (4, 3, 0) sum 7;
    // one example left goes to the largest remainder, 0.75 of class 3 -> (4, 3, 1).
    // Class 3's share alone would round to zero (truncation, as in the reference code, drops it).
    MixingProportions alpha = MixingProportions.of(0.5, 0.40625, 0.09375);
    assertArrayEquals(new int[] {4, 3, 1}, Allocation.largestRemainder(alpha, 8));
  }

  @Test
  void smallClassLosesWhenItsRemainderIsSmaller() {
    // alpha = (35, 28, 1) / 64, M = 8: exact (4.375, 3.5, 0.125); floors (4, 3, 0) sum 7;
    // the one left goes to class 2 (remainder 0.5) -> (4, 4, 0).
    MixingProportions alpha = MixingProportions.of(0.546875, 0.4375, 0.015625);
    assertArrayEquals(new int[] {4, 4, 0}, Allocation.largestRemainder(alpha, 8));
  }

  @Test
  void tinyClassTiedAtOneHalfLosesToLowerIndex() {
    // The analogue of alpha = (0.995, 0.005), M = 100 with exact doubles:
    // alpha = (127/128, 1/128), M = 64: exact (63.5, 0.5); floors (63, 0) sum 63;
    // remainders tie at 0.5, the tie goes to the lower class index -> (64, 0).
    MixingProportions alpha = MixingProportions.of(0.9921875, 0.0078125);
    assertArrayEquals(new int[] {64, 0}, Allocation.largestRemainder(alpha, 64));
  }

  @Test
  void tiesGoToTheLowerClassIndex() {
    // (0.375, 0.375, 0.25) * 4 = (1.5, 1.5, 1): floors (1, 1, 1), one left, tie -> class 1.
    assertArrayEquals(
        new int[] {2, 1, 1},
        Allocation.largestRemainder(MixingProportions.of(0.375, 0.375, 0.25), 4));
    // (0.25, 0.375, 0.375) * 4 = (1, 1.5, 1.5): tie between classes 2 and 3 -> class 2.
    assertArrayEquals(
        new int[] {1, 2, 1},
        Allocation.largestRemainder(MixingProportions.of(0.25, 0.375, 0.375), 4));
    // uniform over 3 classes, M = 10: 10/3 each, all remainders equal -> (4, 3, 3).
    assertArrayEquals(
        new int[] {4, 3, 3}, Allocation.largestRemainder(MixingProportions.uniform(3), 10));
    // uniform over 7 classes, M = 10: 10/7 each -> the first three get the extra one.
    assertArrayEquals(
        new int[] {2, 2, 2, 1, 1, 1, 1},
        Allocation.largestRemainder(MixingProportions.uniform(7), 10));
  }

  @Test
  void moreClassesThanExamples() {
    // uniform over 5 classes, M = 2: 0.4 each, floors all 0 -> the two lowest indices get one.
    assertArrayEquals(
        new int[] {1, 1, 0, 0, 0}, Allocation.largestRemainder(MixingProportions.uniform(5), 2));
  }

  @Test
  void singleClassTakesEverything() {
    assertArrayEquals(new int[] {37}, Allocation.largestRemainder(MixingProportions.of(1.0), 37));
  }

  @Test
  void zeroTotalGivesZeros() {
    assertArrayEquals(
        new int[] {0, 0, 0}, Allocation.largestRemainder(MixingProportions.of(0.5, 0.3, 0.2), 0));
  }

  @Test
  void negativeTotalIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Allocation.largestRemainder(MixingProportions.uniform(2), -1));
  }

  private static MixingProportions randomAlpha(Random random, int k) {
    int style = random.nextInt(4);
    int[] counts = new int[k];
    for (int i = 0; i < k; i++) {
      switch (style) {
        case 0 -> counts[i] = 1 + random.nextInt(100);
        case 1 -> counts[i] = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000);
        case 2 -> counts[i] = random.nextInt(10) == 0 ? 1_000_000 : 1 + random.nextInt(5);
        default -> counts[i] = 1;
      }
    }
    counts[random.nextInt(k)] += 1;
    if (style == 3) {
      return MixingProportions.uniform(k);
    }
    return MixingProportions.ofCounts(counts);
  }

  @Test
  void propertySumIsExactAndEachCountIsTheLargestRemainderRounding() {
    Random random = new Random(4242L);
    for (int trial = 0; trial < 5000; trial++) {
      int k = 1 + random.nextInt(30);
      MixingProportions alpha = randomAlpha(random, k);
      int total = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(5001);
      int[] counts = Allocation.largestRemainder(alpha, total);
      String context = "alpha " + alpha + " M " + total + " -> " + Arrays.toString(counts);

      assertEquals(k, counts.length, context);
      assertEquals(total, Arrays.stream(counts).sum(), context);
      boolean[] roundedUp = new boolean[k];
      double[] remainder = new double[k];
      for (int i = 0; i < k; i++) {
        double exact = alpha.share(i) * total;
        assertTrue(counts[i] >= 0, context);
        assertTrue(Math.abs(counts[i] - exact) < 1.0, "class " + (i + 1) + ": " + context);
        if (alpha.share(i) == 0) {
          assertEquals(0, counts[i], "a class with share 0 gets nothing: " + context);
        }
        double floor = Math.floor(exact);
        remainder[i] = exact - floor;
        roundedUp[i] = counts[i] > floor;
      }
      // Largest remainder: every class rounded up has a remainder at least as large as every
      // class rounded down, and on a tie the one rounded up has the lower index.
      for (int up = 0; up < k; up++) {
        if (!roundedUp[up]) {
          continue;
        }
        for (int down = 0; down < k; down++) {
          if (roundedUp[down]) {
            continue;
          }
          assertTrue(
              remainder[up] > remainder[down] || (remainder[up] == remainder[down] && up < down),
              "class " + (up + 1) + " rounded up over class " + (down + 1) + ": " + context);
        }
      }
    }
  }

  @Test
  void allocationLeavesAlphaUntouched() {
    MixingProportions alpha = MixingProportions.of(0.5, 0.3, 0.2);
    double[] before = alpha.toArray();
    Allocation.largestRemainder(alpha, 7);
    assertArrayEquals(before, alpha.toArray());
  }

  @Test
  void truncationDropsTheFractionsSoBatchesComeOutShort() {
    // alpha = (16, 13, 3) / 32, M = 8: exact (4, 3.25, 0.75) -> floors (4, 3, 0), 7 examples;
    // class 3 with alpha_3 * M < 1 gets none.
    MixingProportions alpha = MixingProportions.of(0.5, 0.40625, 0.09375);
    assertArrayEquals(new int[] {4, 3, 0}, Allocation.truncated(alpha, 8));
    assertArrayEquals(new int[] {4, 3, 0}, AllocationRule.TRUNCATION.counts(alpha, 8));
    assertArrayEquals(new int[] {4, 3, 1}, AllocationRule.LARGEST_REMAINDER.counts(alpha, 8));
  }

  @Test
  void truncationKeepsExactSharesWhole() {
    // (0.5, 0.25, 0.25) * 8 = (4, 2, 2): nothing to drop.
    assertArrayEquals(
        new int[] {4, 2, 2}, Allocation.truncated(MixingProportions.of(0.5, 0.25, 0.25), 8));
  }

  @Test
  void truncationNeverMakesAnEmptyBatch() {
    // M = 2 < k = 3, every alpha_i * M < 1: the largest share gets the one example.
    assertArrayEquals(
        new int[] {0, 1, 0}, Allocation.truncated(MixingProportions.of(0.3, 0.4, 0.3), 2));
    assertArrayEquals(new int[] {0, 0}, Allocation.truncated(MixingProportions.of(0.5, 0.5), 0));
  }

  @Test
  void truncationNeverExceedsTheBatchAndEachCountIsTheFloor() {
    Random random = new Random(7);
    for (int trial = 0; trial < 500; trial++) {
      int k = 1 + random.nextInt(6);
      int[] weights = new int[k];
      for (int i = 0; i < k; i++) {
        weights[i] = 1 + random.nextInt(1000);
      }
      MixingProportions alpha = MixingProportions.ofCounts(weights);
      int total = k + random.nextInt(300);
      int[] counts = Allocation.truncated(alpha, total);
      assertTrue(Arrays.stream(counts).sum() <= total);
      for (int i = 0; i < k; i++) {
        assertEquals((int) Math.floor(alpha.share(i) * total), counts[i], "class " + i);
      }
    }
  }

  @Test
  void allocationRulesHaveLabels() {
    assertEquals(AllocationRule.TRUNCATION, AllocationRule.fromLabel("truncation"));
    assertEquals(
        AllocationRule.LARGEST_REMAINDER,
        AllocationRule.fromLabel(AllocationRule.LARGEST_REMAINDER.label()));
    assertThrows(IllegalArgumentException.class, () -> AllocationRule.fromLabel("floor"));
  }
}
