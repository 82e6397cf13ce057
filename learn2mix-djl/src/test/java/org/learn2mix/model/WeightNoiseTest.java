package org.learn2mix.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.random.SplitMix64;

@Tag("engine")
class WeightNoiseTest {
  /** The base network of seed 5 plus noise of {@code std} drawn from {@code runSeed}. */
  private static List<float[]> perturbed(NDManager manager, double std, long runSeed) {
    Block block = Mlp.regressor(1);
    block.initialize(manager, DataType.FLOAT32, new Shape(1, 10));
    TorchDefaultInit.apply(block, SplitMix64.derive(5, "init"));
    WeightNoise.add(block, std, SplitMix64.derive(runSeed, "init noise"));
    List<float[]> values = new ArrayList<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      values.add(p.getValue().getArray().toFloatArray());
    }
    return values;
  }

  @Test
  void runsShareTheBaseNetworkAndDifferOnlyByTheirNoise() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      List<float[]> base = perturbed(m, 0, 1);
      List<float[]> run1 = perturbed(m, 0.05, 1);
      List<float[]> run1Again = perturbed(m, 0.05, 1);
      List<float[]> run2 = perturbed(m, 0.05, 2);
      for (int p = 0; p < base.size(); p++) {
        assertArrayEquals(run1.get(p), run1Again.get(p), "parameter " + p);
        assertFalse(Arrays.equals(run1.get(p), run2.get(p)), "parameter " + p);
      }
      // the differences from the base network look like N(0, 0.05^2)
      double sum = 0;
      double squares = 0;
      int n = 0;
      for (int p = 0; p < base.size(); p++) {
        for (int i = 0; i < base.get(p).length; i++) {
          double d = run2.get(p)[i] - base.get(p)[i];
          sum += d;
          squares += d * d;
          n++;
        }
      }
      double mean = sum / n;
      double sd = Math.sqrt(squares / n - mean * mean);
      assertEquals(0, mean, 0.01, "noise mean over " + n + " values");
      assertEquals(0.05, sd, 0.01, "noise sd over " + n + " values");
    }
  }

  @Test
  void noNoiseLeavesTheNetworkAsItWas() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      List<float[]> a = perturbed(m, 0, 1);
      List<float[]> b = perturbed(m, 0, 9);
      for (int p = 0; p < a.size(); p++) {
        assertArrayEquals(a.get(p), b.get(p));
      }
    }
  }

  @Test
  void rejectsANegativeStd() {
    assertThrows(
        IllegalArgumentException.class,
        () -> WeightNoise.add(Mlp.regressor(1), -1, SplitMix64.seeded(1L)));
  }
}
