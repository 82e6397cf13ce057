package org.learn2mix.mixing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClassWiseLossTest {
  private static final double EPS = 1e-12;
  private static final double NA = Double.NaN; // loss of a class absent from a batch (ignored)

  /** Three batches over three classes; the counts are uneven on purpose. */
  private static void feedThreeBatches(ClassWiseLoss acc) {
    acc.addBatch(new double[] {1.0, 2.0, NA}, new int[] {2, 3, 0});
    acc.addBatch(new double[] {3.0, NA, 5.0}, new int[] {1, 0, 4});
    acc.addBatch(new double[] {2.0, 4.0, 6.0}, new int[] {1, 1, 1});
  }

  @Test
  void epochMeanAveragesBatchMeansOverBatchesWhereTheClassAppeared() {
    ClassWiseLoss acc = new ClassWiseLoss(3, LossSignal.EPOCH_MEAN);
    feedThreeBatches(acc);
    // class 1: (1 + 3 + 2) / 3 = 2   (an example-weighted mean would be (2+3+2)/4 = 1.75)
    // class 2: (2 + 4) / 2 = 3       (batch 2, where it was absent, does not count)
    // class 3: (5 + 6) / 2 = 5.5
    assertArrayEquals(new double[] {2.0, 3.0, 5.5}, acc.closeEpoch(), EPS);
  }

  @Test
  void lastBatchKeepsOnlyTheLastBatchInWhichTheClassAppeared() {
    ClassWiseLoss acc = new ClassWiseLoss(3, LossSignal.LAST_BATCH);
    feedThreeBatches(acc);
    assertArrayEquals(new double[] {2.0, 4.0, 6.0}, acc.closeEpoch(), EPS);

    // class 2 last appears in the first batch of this epoch
    acc.addBatch(new double[] {1.0, 7.0, 1.0}, new int[] {1, 1, 1});
    acc.addBatch(new double[] {8.0, NA, 9.0}, new int[] {1, 0, 1});
    assertArrayEquals(new double[] {8.0, 7.0, 9.0}, acc.closeEpoch(), EPS);
  }

  @Test
  void classAbsentThisEpochKeepsItsPreviousLoss() {
    for (LossSignal signal : LossSignal.values()) {
      ClassWiseLoss acc = new ClassWiseLoss(3, signal);
      acc.addBatch(new double[] {1.0, 2.0, 3.0}, new int[] {1, 1, 1});
      assertArrayEquals(new double[] {1.0, 2.0, 3.0}, acc.closeEpoch(), EPS, signal.label());

      acc.addBatch(new double[] {4.0, 5.0, NA}, new int[] {1, 1, 0});
      assertArrayEquals(new double[] {4.0, 5.0, 3.0}, acc.closeEpoch(), EPS, signal.label());

      // absent for a second epoch in a row: still the value from when it was last seen
      acc.addBatch(new double[] {6.0, 7.0, NA}, new int[] {1, 1, 0});
      assertArrayEquals(new double[] {6.0, 7.0, 3.0}, acc.closeEpoch(), EPS, signal.label());
    }
  }

  @Test
  void neverObservedClassGetsMeanOfObservedClasses() {
    ClassWiseLoss acc = new ClassWiseLoss(3, LossSignal.EPOCH_MEAN);
    acc.addBatch(new double[] {1.0, 3.0, NA}, new int[] {5, 5, 0});
    // class 3 never seen: mean of (1, 3) = 2
    assertArrayEquals(new double[] {1.0, 3.0, 2.0}, acc.closeEpoch(), EPS);
  }

  @Test
  void neverObservedFallbackIncludesClassesCarriedFromEarlierEpochs() {
    ClassWiseLoss acc = new ClassWiseLoss(3, LossSignal.EPOCH_MEAN);
    acc.addBatch(new double[] {2.0, NA, NA}, new int[] {1, 0, 0});
    assertArrayEquals(new double[] {2.0, 2.0, 2.0}, acc.closeEpoch(), EPS);
    // epoch 2 sees only class 2; class 1 carries 2, class 3 (never seen) = mean(2, 4) = 3
    acc.addBatch(new double[] {NA, 4.0, NA}, new int[] {0, 1, 0});
    assertArrayEquals(new double[] {2.0, 4.0, 3.0}, acc.closeEpoch(), EPS);
    // the fallback is not remembered as an observation: it follows the observed classes
    acc.addBatch(new double[] {8.0, NA, NA}, new int[] {1, 0, 0});
    assertArrayEquals(new double[] {8.0, 4.0, 6.0}, acc.closeEpoch(), EPS);
  }

  @Test
  void nothingObservedGivesZeros() {
    ClassWiseLoss acc = new ClassWiseLoss(2, LossSignal.EPOCH_MEAN);
    assertArrayEquals(new double[] {0.0, 0.0}, acc.closeEpoch(), 0.0);
  }

  @Test
  void closeEpochResetsAccumulation() {
    ClassWiseLoss acc = new ClassWiseLoss(2, LossSignal.EPOCH_MEAN);
    acc.addBatch(new double[] {1.0, 1.0}, new int[] {1, 1});
    acc.addBatch(new double[] {3.0, 5.0}, new int[] {1, 1});
    assertArrayEquals(new double[] {2.0, 3.0}, acc.closeEpoch(), EPS);
    // before any batch of the new epoch, the previous L is carried
    assertArrayEquals(new double[] {2.0, 3.0}, acc.current(), EPS);
    // the new epoch's mean does not include the old epoch's batches
    acc.addBatch(new double[] {10.0, 20.0}, new int[] {1, 1});
    assertArrayEquals(new double[] {10.0, 20.0}, acc.closeEpoch(), EPS);
  }

  @Test
  void currentDoesNotResetAndAgreesWithCloseEpoch() {
    ClassWiseLoss acc = new ClassWiseLoss(3, LossSignal.EPOCH_MEAN);
    feedThreeBatches(acc);
    double[] first = acc.current();
    assertArrayEquals(first, acc.current(), 0.0);
    assertArrayEquals(first, acc.closeEpoch(), 0.0);
  }

  @Test
  void runningMeanIsVisibleMidEpoch() {
    ClassWiseLoss acc = new ClassWiseLoss(2, LossSignal.EPOCH_MEAN);
    acc.addBatch(new double[] {1.0, 4.0}, new int[] {1, 1});
    assertArrayEquals(new double[] {1.0, 4.0}, acc.current(), EPS);
    acc.addBatch(new double[] {3.0, 0.0}, new int[] {1, 1});
    assertArrayEquals(new double[] {2.0, 2.0}, acc.current(), EPS);
  }

  @Test
  void zeroLossIsAllowed() {
    ClassWiseLoss acc = new ClassWiseLoss(2, LossSignal.EPOCH_MEAN);
    acc.addBatch(new double[] {0.0, 0.5}, new int[] {1, 1});
    assertArrayEquals(new double[] {0.0, 0.5}, acc.closeEpoch(), EPS);
  }

  @Test
  void badLossOfPresentClassThrowsNamingTheClass() {
    double[] bad = {-0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (double loss : bad) {
      ClassWiseLoss acc = new ClassWiseLoss(3, LossSignal.EPOCH_MEAN);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> acc.addBatch(new double[] {1.0, loss, 1.0}, new int[] {1, 1, 1}),
              "loss " + loss);
      assertTrue(e.getMessage().contains("class 2"), e.getMessage());
    }
  }

  @Test
  void badLossOfAbsentClassIsIgnored() {
    ClassWiseLoss acc = new ClassWiseLoss(2, LossSignal.EPOCH_MEAN);
    acc.addBatch(new double[] {1.0, -5.0}, new int[] {1, 0});
    acc.addBatch(new double[] {1.0, Double.NaN}, new int[] {1, 0});
    assertArrayEquals(new double[] {1.0, 1.0}, acc.closeEpoch(), EPS);
  }

  @Test
  void rejectsWrongLengthsAndNoClasses() {
    ClassWiseLoss acc = new ClassWiseLoss(2, LossSignal.EPOCH_MEAN);
    assertThrows(
        IllegalArgumentException.class,
        () -> acc.addBatch(new double[] {1, 2, 3}, new int[] {1, 1}));
    assertThrows(
        IllegalArgumentException.class, () -> acc.addBatch(new double[] {1, 2}, new int[] {1}));
    assertThrows(IllegalArgumentException.class, () -> new ClassWiseLoss(0, LossSignal.LAST_BATCH));
    assertEquals(LossSignal.LAST_BATCH, new ClassWiseLoss(1, LossSignal.LAST_BATCH).signal());
  }

  @Test
  void signalLabelsRoundTrip() {
    for (LossSignal s : LossSignal.values()) {
      assertEquals(s, LossSignal.fromLabel(s.label()));
    }
    assertEquals(LossSignal.EPOCH_MEAN, LossSignal.fromLabel("epoch-mean"));
    assertEquals(LossSignal.LAST_BATCH, LossSignal.fromLabel("last-batch"));
    assertThrows(IllegalArgumentException.class, () -> LossSignal.fromLabel("EPOCH_MEAN"));
  }
}
