package org.learn2mix.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class TorchDefaultInitTest {
  private static List<float[]> initialised(NDManager manager, long seed) {
    Block block = Mlp.regressor(1);
    block.initialize(manager, DataType.FLOAT32, new Shape(1, 10));
    TorchDefaultInit.apply(block, SplitMix64.derive(seed, "init"));
    List<float[]> values = new ArrayList<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      values.add(p.getValue().getArray().toFloatArray());
    }
    return values;
  }

  @Test
  void sameSeedGivesIdenticalWeightsAndOtherSeedsDiffer() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      List<float[]> a = initialised(m, 7);
      List<float[]> b = initialised(m, 7);
      List<float[]> c = initialised(m, 8);
      assertEquals(4, a.size());
      for (int i = 0; i < a.size(); i++) {
        assertArrayEquals(a.get(i), b.get(i));
        assertFalse(Arrays.equals(a.get(i), c.get(i)));
      }
    }
  }

  @Test
  void weightsAndBiasesLieWithinOneOverRootFanInOfTheirLayer() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      List<float[]> values = initialised(m, 3);
      // layer 1: fan-in 10 (weight 64x10, bias 64); layer 2: fan-in 64 (weight 1x64, bias 1)
      double[] bounds = {
        1 / Math.sqrt(10), 1 / Math.sqrt(10), 1 / Math.sqrt(64), 1 / Math.sqrt(64)
      };
      for (int i = 0; i < values.size(); i++) {
        float max = 0;
        for (float v : values.get(i)) {
          max = Math.max(max, Math.abs(v));
        }
        assertTrue(max <= bounds[i], "parameter " + i + " exceeds its bound: " + max);
        if (values.get(i).length >= 64) {
          // with 64+ uniform draws the largest should come close to the bound
          assertTrue(max > 0.8 * bounds[i], "parameter " + i + " too narrow: " + max);
        }
      }
    }
  }

  @Test
  void fanInOfAConvolutionWeightCountsChannelsAndKernel() {
    assertEquals(6 * 5 * 5, TorchDefaultInit.fanIn(new Shape(16, 6, 5, 5)));
    assertEquals(256, TorchDefaultInit.fanIn(new Shape(120, 256)));
  }

  @Test
  void fanOutOfAConvolutionWeightCountsOutputChannelsAndKernel() {
    assertEquals(16 * 5 * 5, TorchInit.fanOut(new Shape(16, 6, 5, 5)));
    assertEquals(120, TorchInit.fanOut(new Shape(120, 256)));
  }
}
