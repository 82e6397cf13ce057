package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.engine.EngineStart;

@Tag("engine")
class ResidentSetTest {
  private static final Examples FOUR =
      new Examples(
          new float[] {0, 1, 10, 11, 20, 21, 30, 31},
          new long[] {2},
          new float[] {0.5f, 1.5f, 2.5f, 3.5f},
          1,
          new int[] {0, 1, 1, 2});

  @Test
  void gatherTakesTheRowsAtTheIndicesInOrderWithRepeats() {
    EngineStart.offline();
    try (NDManager root = NDManager.newBaseManager();
        ResidentSet set = ResidentSet.upload(root, FOUR, Task.REGRESSION, 3);
        NDManager batch = set.manager().newSubManager()) {
      ResidentSet.Slice slice = set.gather(batch, new int[] {3, 0, 3, 1});
      assertArrayEquals(
          new float[] {30, 31, 0, 1, 30, 31, 10, 11}, slice.features().toFloatArray());
      assertArrayEquals(new float[] {3.5f, 0.5f, 3.5f, 1.5f}, slice.targets().toFloatArray());
      assertArrayEquals(
          new float[] {0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0}, slice.classOneHot().toFloatArray());
    }
  }

  @Test
  void classificationTargetsAreTheClassesAsLongs() {
    EngineStart.offline();
    try (NDManager root = NDManager.newBaseManager();
        ResidentSet set = ResidentSet.upload(root, FOUR, Task.CLASSIFICATION, 3);
        NDManager batch = set.manager().newSubManager()) {
      ResidentSet.Slice slice = set.range(batch, 1, 4);
      assertArrayEquals(new long[] {1, 1, 2}, slice.targets().toLongArray());
    }
  }
}
