package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.published.MeanEstimation;
import org.learn2mix.djl.NonFiniteLossException;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.model.Mlp;

/** Short runs of the mean-estimation preset through the real training loop. */
@Tag("engine")
class TrainingRunTest {
  private static final long SEED = 5;
  private static final TaskData DATA = MeanEstimation.generate(SEED);
  private static NDManager root;
  private static ResidentSet train;
  private static ResidentSet test;

  @BeforeAll
  static void upload() {
    EngineStart.offline();
    root = NDManager.newBaseManager();
    train = ResidentSet.upload(root, DATA.train(), DATA.task(), 4);
    test = ResidentSet.upload(root, DATA.test(), DATA.task(), 4);
  }

  @AfterAll
  static void release() {
    root.close();
  }

  private static List<EpochRecord> run(Strategy strategy, double learningRate, int epochs) {
    return run(strategy, learningRate, epochs, 0);
  }

  private static List<EpochRecord> run(
      Strategy strategy, double learningRate, int epochs, int microBatch) {
    TrainingSettings settings =
        new TrainingSettings(learningRate, 500, epochs, MixingSettings.of(0.1), microBatch);
    return new TrainingRun(
            DATA.task(), 4, train, test, () -> Mlp.regressor(1), strategy, settings, SEED)
        .run(EpochObserver.none());
  }

  @Test
  void learn2mixLeansTowardTheHighLossClassAndStaysOnTheSimplex() {
    List<EpochRecord> records = run(Strategy.LEARN2MIX, 1e-3, 5);
    double initialUniformShare = 200 / 3000.0;
    double previous = initialUniformShare;
    for (EpochRecord r : records) {
      double sum = 0;
      for (double a : r.alpha()) {
        assertTrue(a >= 0, "negative share in epoch " + r.epoch());
        sum += a;
      }
      assertEquals(1.0, sum, 1e-12);
      // The uniform class (targets 20..50) has by far the largest loss early on.
      double[] l = r.classLosses();
      assertTrue(l[3] > l[0] && l[3] > l[1] && l[3] > l[2], "L = " + java.util.Arrays.toString(l));
      assertTrue(r.alpha()[3] > previous, "alpha_4 did not grow in epoch " + r.epoch());
      previous = r.alpha()[3];
    }
  }

  @Test
  void sameSeedGivesIdenticalEpochsApartFromTiming() {
    List<EpochRecord> a = run(Strategy.LEARN2MIX, 1e-3, 3);
    List<EpochRecord> b = run(Strategy.LEARN2MIX, 1e-3, 3);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).trainLoss(), b.get(i).trainLoss());
      assertEquals(a.get(i).testMetric(), b.get(i).testMetric());
      assertArrayEquals(a.get(i).alpha(), b.get(i).alpha());
      assertArrayEquals(a.get(i).classLosses(), b.get(i).classLosses());
      assertArrayEquals(a.get(i).classTestMetric(), b.get(i).classTestMetric());
    }
  }

  @Test
  void learn2mixAndFixedMixShareInitialWeightsAndTheirFirstEpoch() {
    // α only moves after epoch 1, so epoch 1 of both uses α̃, the same batches and the same start.
    List<EpochRecord> adaptive = run(Strategy.LEARN2MIX, 1e-3, 2);
    List<EpochRecord> fixed = run(Strategy.FIXED_MIX, 1e-3, 2);
    assertEquals(adaptive.get(0).trainLoss(), fixed.get(0).trainLoss());
    assertEquals(adaptive.get(0).testMetric(), fixed.get(0).testMetric());
    assertNotEquals(adaptive.get(1).testMetric(), fixed.get(1).testMetric());
    assertArrayEquals(
        new double[] {1000 / 3000.0, 1000 / 3000.0, 800 / 3000.0, 200 / 3000.0},
        fixed.get(1).alpha(),
        1e-15);
  }

  @Test
  void classicalTrainsOnTheSameNumberOfBatchesAndLeavesAlphaAlone() {
    List<EpochRecord> records = run(Strategy.CLASSICAL, 1e-3, 3);
    assertEquals(3, records.size());
    assertTrue(records.get(2).testMetric() < records.get(0).testMetric());
    assertArrayEquals(
        new double[] {1000 / 3000.0, 1000 / 3000.0, 800 / 3000.0, 200 / 3000.0},
        records.get(2).alpha(),
        1e-15);
  }

  @Test
  void aLossThatBlowsUpStopsTheRunNamingWhere() {
    NonFiniteLossException e =
        assertThrows(NonFiniteLossException.class, () -> run(Strategy.LEARN2MIX, 1e30, 50));
    assertTrue(e.getMessage().contains("strategy learn2mix"), e.getMessage());
    assertTrue(e.getMessage().matches(".*epoch \\d+, batch \\d+.*"), e.getMessage());
  }

  @Test
  void microBatchesAddUpToTheWholeBatchUpToRounding() {
    List<EpochRecord> whole = run(Strategy.LEARN2MIX, 1e-3, 3);
    // 500 = 128 + 128 + 128 + 116: unequal parts must be weighted by their share.
    List<EpochRecord> parts = run(Strategy.LEARN2MIX, 1e-3, 3, 128);
    for (int i = 0; i < whole.size(); i++) {
      EpochRecord w = whole.get(i);
      EpochRecord p = parts.get(i);
      assertEquals(w.trainLoss(), p.trainLoss(), 1e-6 * w.trainLoss(), "epoch " + w.epoch());
      assertEquals(w.testMetric(), p.testMetric(), 1e-6 * w.testMetric(), "epoch " + w.epoch());
      assertArrayEquals(w.alpha(), p.alpha(), 1e-6, "epoch " + w.epoch());
    }
    // A part as large as the batch is the whole batch, bit for bit.
    List<EpochRecord> one = run(Strategy.LEARN2MIX, 1e-3, 3, 500);
    assertEquals(whole.get(2).testMetric(), one.get(2).testMetric());
  }
}
