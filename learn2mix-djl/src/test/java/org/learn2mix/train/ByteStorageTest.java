package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.ByteFeatures;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.model.CifarLeNet;
import org.learn2mix.random.SplitMix64;

/**
 * Images stored as one byte per channel value and decoded per batch on the engine give the same
 * batches, and so the same training, as the same images stored as floats.
 */
@Tag("engine")
class ByteStorageTest {
  private static final int CLASSES = 3;
  private static final long[] SHAPE = {3, 8, 8};
  private static final double[] SHIFT = {0.49, 0.48, 0.45};
  private static final double[] DIVISOR = {0.25, 0.24, 0.26};

  /**
   * Random colour images whose class shifts the red channel, so that there is something to learn.
   */
  private static Examples bytes(int n, long seed) {
    SplitMix64 random = SplitMix64.derive(seed, "images");
    int perImage = (int) (SHAPE[0] * SHAPE[1] * SHAPE[2]);
    byte[] values = new byte[n * perImage];
    int[] classes = new int[n];
    for (int i = 0; i < n; i++) {
      classes[i] = i % CLASSES;
      for (int p = 0; p < perImage; p++) {
        int v = (int) (random.nextDouble() * 200) + (p < 64 ? 25 * classes[i] : 0);
        values[i * perImage + p] = (byte) v;
      }
    }
    return Examples.ofBytes(new ByteFeatures(values, SHIFT, DIVISOR), SHAPE, classes);
  }

  private static Examples floats(Examples bytes) {
    return new Examples(bytes.decodedFeatures(), SHAPE, null, 0, bytes.classes());
  }

  @Test
  void gatheredAndRangedBatchesEqualFloatStorage() {
    EngineStart.offline();
    Examples stored = bytes(50, 1);
    try (NDManager root = NDManager.newBaseManager();
        ResidentSet asBytes = ResidentSet.upload(root, stored, Task.CLASSIFICATION, CLASSES);
        ResidentSet asFloats =
            ResidentSet.upload(root, floats(stored), Task.CLASSIFICATION, CLASSES)) {
      int[] indices = {49, 0, 7, 7, 23};
      long before = liveArrays(asBytes.manager());
      try (NDManager batch = asBytes.manager().newSubManager()) {
        ResidentSet.Slice b = asBytes.gather(batch, indices);
        ResidentSet.Slice f = asFloats.gather(batch, indices);
        assertEquals(DataType.FLOAT32, b.features().getDataType());
        assertEquals(new Shape(5, 3, 8, 8), b.features().getShape());
        assertArrayEquals(f.features().toFloatArray(), b.features().toFloatArray(), 1e-6f);
        assertArrayEquals(f.targets().toLongArray(), b.targets().toLongArray());
        assertArrayEquals(f.classOneHot().toFloatArray(), b.classOneHot().toFloatArray());
        ResidentSet.Slice br = asBytes.range(batch, 10, 20);
        ResidentSet.Slice fr = asFloats.range(batch, 10, 20);
        assertArrayEquals(fr.features().toFloatArray(), br.features().toFloatArray(), 1e-6f);
      }
      assertEquals(
          before, liveArrays(asBytes.manager()), "decoding leaves nothing in the set's manager");
    }
  }

  private static long liveArrays(NDManager manager) {
    return manager.getManagedArrays().stream().filter(a -> !a.isReleased()).count();
  }

  @Test
  void bytesAreUploadedInPartsLikeFloats() {
    EngineStart.offline();
    byte[] values = new byte[7 * 3];
    for (int i = 0; i < values.length; i++) {
      values[i] = (byte) (i * 11);
    }
    try (NDManager m = NDManager.newBaseManager()) {
      for (long part : new long[] {1, 5, 21, 1000}) {
        var copied = ResidentSet.bytes(m, values, new Shape(7, 3), part);
        assertEquals(DataType.UINT8, copied.getDataType());
        assertArrayEquals(values, copied.toByteArray(), "parts of " + part + " values");
      }
    }
  }

  @Test
  void trainingOnBytesGivesTheLossesOfTrainingOnFloats() {
    EngineStart.offline();
    Examples trainBytes = bytes(120, 2);
    Examples testBytes = bytes(30, 3);
    List<EpochRecord> fromBytes = train(trainBytes, testBytes);
    List<EpochRecord> fromFloats = train(floats(trainBytes), floats(testBytes));
    assertEquals(fromFloats.size(), fromBytes.size());
    for (int e = 0; e < fromBytes.size(); e++) {
      EpochRecord b = fromBytes.get(e);
      EpochRecord f = fromFloats.get(e);
      assertEquals(f.trainLoss(), b.trainLoss(), 1e-6, "training loss, epoch " + (e + 1));
      assertEquals(f.testMetric(), b.testMetric(), 1e-6, "test accuracy, epoch " + (e + 1));
      assertArrayEquals(f.classLosses(), b.classLosses(), 1e-6, "class losses, epoch " + (e + 1));
      assertArrayEquals(f.alpha(), b.alpha(), 1e-6, "alpha, epoch " + (e + 1));
    }
  }

  private static List<EpochRecord> train(Examples train, Examples test) {
    try (NDManager root = NDManager.newBaseManager();
        ResidentSet trainSet = ResidentSet.upload(root, train, Task.CLASSIFICATION, CLASSES);
        ResidentSet testSet = ResidentSet.upload(root, test, Task.CLASSIFICATION, CLASSES)) {
      TrainingSettings settings = new TrainingSettings(1e-3, 20, 2, MixingSettings.of(0.1), 0);
      return new TrainingRun(
              Task.CLASSIFICATION,
              CLASSES,
              trainSet,
              testSet,
              () -> CifarLeNet.create(CLASSES),
              Strategy.LEARN2MIX,
              settings,
              9)
          .run(EpochObserver.none());
    }
  }

  @Test
  void reconstructionOnBytesIsRefused() {
    EngineStart.offline();
    try (NDManager root = NDManager.newBaseManager()) {
      assertThrows(
          IllegalArgumentException.class,
          () -> ResidentSet.upload(root, bytes(3, 4), Task.RECONSTRUCTION, CLASSES));
    }
  }
}
