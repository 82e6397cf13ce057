package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.published.MeanEstimation;
import org.learn2mix.djl.BatchWithClasses;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.model.Mlp;

/**
 * A run trains on the device of its resident sets, named explicitly or left to the engine (auto):
 * every parameter, optimizer moment, resident array and batch lives there, also after a resume.
 */
@Tag("engine")
class TrainingDeviceTest {
  private static final long SEED = 3;
  private static final TaskData DATA = MeanEstimation.generate(SEED);
  private static final TrainingSettings SETTINGS =
      new TrainingSettings(1e-3, 500, 2, MixingSettings.of(0.1));

  /** Remembers the device of every array of every batch the trainer is told about. */
  private static final class BatchDevices extends TrainingListenerAdapter {
    final List<Device> seen = new ArrayList<>();
    int batches;

    @Override
    public void onTrainingBatch(Trainer trainer, BatchData batchData) {
      batches++;
      batchData.getBatch().getData().forEach(a -> seen.add(a.getDevice()));
      batchData.getBatch().getLabels().forEach(a -> seen.add(a.getDevice()));
      if (batchData.getBatch() instanceof BatchWithClasses withClasses) {
        seen.add(withClasses.classOneHot().getDevice());
      }
      for (Map<Device, NDList> byDevice :
          List.of(batchData.getLabels(), batchData.getPredictions())) {
        byDevice.forEach(
            (device, arrays) -> {
              seen.add(device);
              arrays.forEach(a -> seen.add(a.getDevice()));
            });
      }
    }
  }

  /** Keeps the last saved progress and hands it out on the next load. */
  private static final class MemoryStore implements RunStore {
    RunProgress last;

    @Override
    public Optional<RunProgress> load() {
      return Optional.ofNullable(last);
    }

    @Override
    public void save(RunProgress progress) {
      last = progress;
    }
  }

  @Test
  void anExplicitDeviceHoldsEveryArrayOfTheRun() {
    EngineStart.offline();
    try (NDManager root = NDManager.newBaseManager(Device.cpu())) {
      assertEverythingOn(Device.cpu(), root);
    }
  }

  @Test
  void autoIsTheEngineDefaultDeviceAndHoldsEveryArrayOfTheRun() {
    Engine engine = EngineStart.offline();
    try (NDManager root = NDManager.newBaseManager()) {
      assertEverythingOn(engine.defaultDevice(), root);
    }
  }

  private static void assertEverythingOn(Device device, NDManager root) {
    try (ResidentSet train = ResidentSet.upload(root, DATA.train(), DATA.task(), 4);
        ResidentSet test = ResidentSet.upload(root, DATA.test(), DATA.task(), 4)) {
      assertEquals(device, train.device());
      assertResidentArraysOn(device, train);
      assertResidentArraysOn(device, test);

      BatchDevices batches = new BatchDevices();
      TrainingRun run =
          new TrainingRun(
                  DATA.task(),
                  4,
                  train,
                  test,
                  () -> Mlp.regressor(1),
                  Strategy.LEARN2MIX,
                  SETTINGS,
                  SEED)
              .watchedBy(batches);
      assertEquals(device, run.device());
      MemoryStore store = new MemoryStore();
      try (TrainingRun.Session session = run.open(store)) {
        session.trainEpoch();
        assertNetworkAndOptimizerOn(device, session);
      }
      assertTrue(batches.batches > 0, "no batch was trained");
      assertFalse(batches.seen.isEmpty());
      batches.seen.forEach(d -> assertEquals(device, d, "a batch array"));

      // Resumed from the saved epoch: the restored weights and moments land on the device too.
      try (TrainingRun.Session resumed = run.open(store)) {
        assertEquals(1, resumed.records().size());
        assertNetworkAndOptimizerOn(device, resumed);
        resumed.trainEpoch();
      }
      batches.seen.forEach(d -> assertEquals(device, d, "a batch array after resuming"));

      try (ComputeFloor.Session floor =
          ComputeFloor.open(DATA.task(), 4, train, () -> Mlp.regressor(1), SETTINGS, SEED)) {
        floor.epoch();
        assertParametersOn(device, floor.network());
        for (ResidentSet.Slice batch : floor.batches()) {
          assertSliceOn(device, batch);
        }
      }
    }
  }

  private static void assertNetworkAndOptimizerOn(Device device, TrainingRun.Session session) {
    assertParametersOn(device, session.network());
    List<NDArray> moments = session.optimizer().stateArrays();
    assertFalse(moments.isEmpty(), "the optimizer holds no state");
    moments.forEach(m -> assertEquals(device, m.getDevice(), "an optimizer moment"));
  }

  private static void assertParametersOn(Device device, Block network) {
    assertFalse(network.getParameters().isEmpty());
    for (Pair<String, Parameter> p : network.getParameters()) {
      assertEquals(device, p.getValue().getArray().getDevice(), "parameter " + p.getKey());
    }
  }

  private static void assertResidentArraysOn(Device device, ResidentSet set) {
    assertEquals(device, set.manager().getDevice());
    try (NDManager scope = set.manager().newSubManager()) {
      assertSliceOn(device, set.range(scope, 0, set.size()));
      assertSliceOn(device, set.gather(scope, new int[] {0, set.size() - 1}));
    }
  }

  private static void assertSliceOn(Device device, ResidentSet.Slice slice) {
    assertEquals(device, slice.features().getDevice(), "features");
    assertEquals(device, slice.targets().getDevice(), "targets");
    assertEquals(device, slice.classOneHot().getDevice(), "class one-hot");
  }
}
