package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.mixing.MixingSettings;

/** The compute floor's session releases what it made when it cannot be opened. */
@Tag("engine")
class ComputeFloorTest {
  private static final Examples EIGHT =
      new Examples(
          new float[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
          new long[] {2},
          new float[] {0, 1, 2, 3, 4, 5, 6, 7},
          1,
          new int[] {0, 1, 0, 1, 0, 1, 0, 1});
  private static final TrainingSettings SETTINGS =
      new TrainingSettings(1e-3, 4, 1, MixingSettings.of(0.1));

  @Test
  void aSessionWhoseModelFailsToInitialiseReleasesItsBatchesAndItsModel() {
    EngineStart.offline();
    // The linear layer gets its weights, then the next layer fails while the model initialises.
    Linear layer = Linear.builder().setUnits(1).build();
    Supplier<Block> failing =
        () ->
            new SequentialBlock()
                .add(layer)
                .add(
                    new LambdaBlock(
                        x -> {
                          throw new IllegalStateException("no output shape");
                        }));
    try (NDManager root = NDManager.newBaseManager();
        ResidentSet train = ResidentSet.upload(root, EIGHT, Task.REGRESSION, 2)) {
      int resident = train.manager().getManagedArrays().size();
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> ComputeFloor.open(Task.REGRESSION, 2, train, failing, SETTINGS, 7));
      assertEquals("no output shape", e.getMessage());
      assertEquals(
          resident,
          train.manager().getManagedArrays().size(),
          "arrays left under the training set: the pre-built batches");
      NDArray weight = layer.getParameters().get("weight").getArray();
      assertTrue(weight.isReleased(), "the model's weights are still held");
    }
  }

  @Test
  void aClosedSessionLeavesOnlyTheTrainingSet() {
    EngineStart.offline();
    try (NDManager root = NDManager.newBaseManager();
        ResidentSet train = ResidentSet.upload(root, EIGHT, Task.REGRESSION, 2)) {
      int resident = train.manager().getManagedArrays().size();
      try (ComputeFloor.Session floor =
          ComputeFloor.open(
              Task.REGRESSION, 2, train, () -> Linear.builder().setUnits(1).build(), SETTINGS, 7)) {
        assertTrue(train.manager().getManagedArrays().size() > resident, "no batches pre-built");
        assertTrue(floor.epoch() >= 0);
      }
      assertEquals(resident, train.manager().getManagedArrays().size());
    }
  }
}
