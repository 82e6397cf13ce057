package org.learn2mix.mixing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AdaptiveMixingTest {
  private static final double EPS = 1e-12;
  private static final int[] ALL = {4, 3, 3};

  @Test
  void perEpochMovesOnlyAtCloseEpochByTheHandWorkedUpdate() {
    MixingProportions initial = MixingProportions.of(0.5, 0.3, 0.2);
    AdaptiveMixing mixing = new AdaptiveMixing(initial, MixingSettings.of(0.1));
    assertArrayEquals(new double[] {0, 0, 0}, mixing.lastClassLosses(), 0.0);

    // batch means whose epoch means are L = (1, 2, 1)
    mixing.observeBatch(new double[] {0.5, 1.0, 1.5}, ALL);
    assertSame(initial, mixing.proportions());
    mixing.observeBatch(new double[] {1.5, 3.0, 0.5}, ALL);
    assertSame(initial, mixing.proportions());

    double[] losses = mixing.closeEpoch();
    assertArrayEquals(new double[] {1, 2, 1}, losses, EPS);
    assertArrayEquals(losses, mixing.lastClassLosses(), 0.0);
    // 0.5 + 0.1*(0.25 - 0.5), 0.3 + 0.1*(0.5 - 0.3), 0.2 + 0.1*(0.25 - 0.2)
    assertArrayEquals(new double[] {0.475, 0.32, 0.205}, mixing.proportions().toArray(), EPS);
  }

  @Test
  void perEpochFollowsTowardsOverSeveralEpochs() {
    Random random = new Random(7L);
    MixingProportions expected = MixingProportions.ofCounts(new int[] {50, 30, 15, 5});
    AdaptiveMixing mixing = new AdaptiveMixing(expected, MixingSettings.of(0.3));
    for (int epoch = 0; epoch < 10; epoch++) {
      ClassWiseLoss reference = new ClassWiseLoss(4, LossSignal.EPOCH_MEAN);
      for (int b = 0; b < 5; b++) {
        double[] means = new double[4];
        int[] counts = new int[4];
        for (int c = 0; c < 4; c++) {
          means[c] = random.nextDouble() * (c + 1);
          counts[c] = 1 + random.nextInt(5);
        }
        mixing.observeBatch(means, counts);
        reference.addBatch(means, counts);
      }
      double[] losses = mixing.closeEpoch();
      assertArrayEquals(reference.closeEpoch(), losses, EPS);
      expected = expected.towards(losses, 0.3);
      assertArrayEquals(expected.toArray(), mixing.proportions().toArray(), EPS);
    }
  }

  @Test
  void perBatchMovesAfterEveryBatchWithTheRunningEpochMean() {
    MixingProportions a0 = MixingProportions.of(0.5, 0.3, 0.2);
    AdaptiveMixing mixing =
        new AdaptiveMixing(
            a0, new MixingSettings(0.1, LossSignal.EPOCH_MEAN, UpdateSchedule.PER_BATCH));

    mixing.observeBatch(new double[] {1, 2, 1}, ALL);
    MixingProportions a1 = a0.towards(new double[] {1, 2, 1}, 0.1);
    assertArrayEquals(new double[] {0.475, 0.32, 0.205}, mixing.proportions().toArray(), EPS);
    assertArrayEquals(a1.toArray(), mixing.proportions().toArray(), EPS);

    mixing.observeBatch(new double[] {3, 2, 1}, ALL);
    // running epoch mean: ((1+3)/2, (2+2)/2, (1+1)/2) = (2, 2, 1)
    MixingProportions a2 = a1.towards(new double[] {2, 2, 1}, 0.1);
    assertArrayEquals(a2.toArray(), mixing.proportions().toArray(), EPS);

    // closing the epoch does not move alpha again, but does report L
    assertArrayEquals(new double[] {2, 2, 1}, mixing.closeEpoch(), EPS);
    assertArrayEquals(a2.toArray(), mixing.proportions().toArray(), EPS);
  }

  @Test
  void perBatchWithLastBatchSignalUsesEachBatchAlone() {
    MixingProportions a0 = MixingProportions.uniform(2);
    AdaptiveMixing mixing =
        new AdaptiveMixing(
            a0, new MixingSettings(0.5, LossSignal.LAST_BATCH, UpdateSchedule.PER_BATCH));
    mixing.observeBatch(new double[] {3, 1}, new int[] {1, 1});
    // 0.5 + 0.5*(0.75 - 0.5) = 0.625
    assertArrayEquals(new double[] {0.625, 0.375}, mixing.proportions().toArray(), EPS);
    mixing.observeBatch(new double[] {1, 3}, new int[] {1, 1});
    // 0.625 + 0.5*(0.25 - 0.625) = 0.4375
    assertArrayEquals(new double[] {0.4375, 0.5625}, mixing.proportions().toArray(), EPS);
  }

  @Test
  void frozenSettingsNeverMoveAlpha() {
    MixingProportions initial = MixingProportions.of(0.7, 0.2, 0.1);
    for (UpdateSchedule schedule : UpdateSchedule.values()) {
      MixingSettings settings = new MixingSettings(0.4, LossSignal.EPOCH_MEAN, schedule).frozen();
      assertEquals(0.0, settings.gamma());
      AdaptiveMixing mixing = new AdaptiveMixing(initial, settings);
      for (int epoch = 0; epoch < 5; epoch++) {
        mixing.observeBatch(new double[] {0.1, 5.0, 9.0}, ALL);
        mixing.observeBatch(new double[] {0.2, 4.0, 8.0}, ALL);
        assertSame(initial, mixing.proportions(), schedule.label());
        mixing.closeEpoch();
        assertSame(initial, mixing.proportions(), schedule.label());
      }
    }
  }

  @Test
  void allZeroLossesLeaveAlphaUnchanged() {
    MixingProportions initial = MixingProportions.of(0.6, 0.4);
    for (UpdateSchedule schedule : UpdateSchedule.values()) {
      AdaptiveMixing mixing =
          new AdaptiveMixing(initial, new MixingSettings(0.5, LossSignal.EPOCH_MEAN, schedule));
      mixing.observeBatch(new double[] {0, 0}, new int[] {3, 2});
      assertArrayEquals(new double[] {0, 0}, mixing.closeEpoch(), 0.0);
      assertSame(initial, mixing.proportions());
    }
  }

  @Test
  void alphaActuallyMovesTowardTheHardClass() {
    AdaptiveMixing mixing =
        new AdaptiveMixing(MixingProportions.uniform(2), MixingSettings.of(0.5));
    mixing.observeBatch(new double[] {0.1, 0.9}, new int[] {5, 5});
    mixing.closeEpoch();
    assertNotEquals(0.5, mixing.proportions().share(1));
    assertEquals(0.5 + 0.5 * (0.9 - 0.5), mixing.proportions().share(1), EPS);
  }

  @Test
  void nonFiniteLossIsAnError() {
    AdaptiveMixing mixing =
        new AdaptiveMixing(MixingProportions.uniform(2), MixingSettings.of(0.1));
    assertThrows(
        IllegalArgumentException.class,
        () -> mixing.observeBatch(new double[] {Double.NaN, 1.0}, new int[] {1, 1}));
  }

  @Test
  void lastClassLossesIsACopy() {
    AdaptiveMixing mixing =
        new AdaptiveMixing(MixingProportions.uniform(2), MixingSettings.of(0.1));
    mixing.observeBatch(new double[] {1.0, 2.0}, new int[] {1, 1});
    double[] returned = mixing.closeEpoch();
    returned[0] = 99;
    mixing.lastClassLosses()[1] = 99;
    assertArrayEquals(new double[] {1.0, 2.0}, mixing.lastClassLosses(), EPS);
  }
}
