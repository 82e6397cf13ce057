package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.published.MeanEstimation;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.mixing.MixingSettings;

/** A run resumed from any epoch's saved progress ends exactly as an uninterrupted run. */
@Tag("engine")
class ResumeTest {
  private static final long SEED = 9;
  private static final int EPOCHS = 5;
  private static final TaskData DATA = MeanEstimation.generate(SEED);
  private static NDManager root;
  private static ResidentSet train;
  private static ResidentSet test;

  /** Keeps every saved progress in memory; can be preloaded with one of them. */
  private static final class MemoryStore implements RunStore {
    final List<RunProgress> saved = new ArrayList<>();
    private final RunProgress start;

    MemoryStore(RunProgress start) {
      this.start = start;
    }

    @Override
    public Optional<RunProgress> load() {
      return Optional.ofNullable(start);
    }

    @Override
    public void save(RunProgress progress) {
      saved.add(progress);
    }
  }

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

  /** An MLP with dropout, so that the engine's random state matters too. */
  private static Block withDropout() {
    return new SequentialBlock()
        .add(Linear.builder().setUnits(32).build())
        .add(Activation.reluBlock())
        .add(Dropout.builder().optRate(0.3f).build())
        .add(Linear.builder().setUnits(1).build());
  }

  private static List<EpochRecord> run(Strategy strategy, RunStore store) {
    TrainingSettings settings = new TrainingSettings(1e-3, 500, EPOCHS, MixingSettings.of(0.2));
    return new TrainingRun(
            DATA.task(), 4, train, test, ResumeTest::withDropout, strategy, settings, SEED)
        .run(EpochObserver.none(), store);
  }

  private static void assertSameNumbers(EpochRecord expected, EpochRecord actual) {
    assertEquals(expected.epoch(), actual.epoch());
    assertEquals(expected.trainLoss(), actual.trainLoss(), "epoch " + expected.epoch());
    assertEquals(expected.testMetric(), actual.testMetric(), "epoch " + expected.epoch());
    assertArrayEquals(expected.alpha(), actual.alpha());
    assertArrayEquals(expected.classLosses(), actual.classLosses());
    assertArrayEquals(expected.classTestMetric(), actual.classTestMetric());
  }

  @Test
  void resumingAfterAnyEpochGivesTheUninterruptedNumbers() {
    for (Strategy strategy : List.of(Strategy.LEARN2MIX, Strategy.CLASSICAL)) {
      MemoryStore full = new MemoryStore(null);
      List<EpochRecord> uninterrupted = run(strategy, full);
      assertEquals(EPOCHS, full.saved.size());
      assertTrue(full.saved.get(EPOCHS - 1).finished());
      assertNull(full.saved.get(EPOCHS - 1).optimizer());

      for (int stop : new int[] {1, 3}) {
        MemoryStore resumedStore = new MemoryStore(full.saved.get(stop - 1));
        List<EpochRecord> resumed = run(strategy, resumedStore);
        assertEquals(EPOCHS, resumed.size());
        assertEquals(EPOCHS - stop, resumedStore.saved.size(), "epochs trained after resuming");
        for (int e = 0; e < EPOCHS; e++) {
          assertSameNumbers(uninterrupted.get(e), resumed.get(e));
        }
      }
    }
  }

  @Test
  void aFinishedRunIsNotTrainedAgain() {
    MemoryStore full = new MemoryStore(null);
    List<EpochRecord> first = run(Strategy.FIXED_MIX, full);
    MemoryStore again = new MemoryStore(full.saved.get(EPOCHS - 1));
    List<EpochRecord> second = run(Strategy.FIXED_MIX, again);
    assertTrue(again.saved.isEmpty());
    assertEquals(first, second);
  }
}
