package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
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

  @Test
  void largeSetsAreCopiedInPartsIntoOneArray() {
    EngineStart.offline();
    float[] values = new float[7 * 3];
    for (int i = 0; i < values.length; i++) {
      values[i] = i * 0.5f;
    }
    try (NDManager m = NDManager.newBaseManager()) {
      for (long part : new long[] {1, 5, 7, 21, 1000}) {
        NDArray copied = ResidentSet.floats(m, values, new Shape(7, 3), part);
        assertEquals(new Shape(7, 3), copied.getShape());
        assertArrayEquals(values, copied.toFloatArray(), "parts of " + part + " values");
      }
      NDArray images = ResidentSet.floats(m, values, new Shape(7, 1, 3, 1), 6);
      assertArrayEquals(values, images.toFloatArray());
    }
  }
}
