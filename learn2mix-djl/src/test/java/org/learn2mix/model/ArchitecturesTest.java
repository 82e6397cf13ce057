package org.learn2mix.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.random.SplitMix64;

/** Output shapes and parameter counts of the published networks (counts as in PyTorch). */
@Tag("engine")
class ArchitecturesTest {
  private static long parameters(Block block) {
    long total = 0;
    for (Pair<String, Parameter> p : block.getParameters()) {
      total += p.getValue().getArray().size();
    }
    return total;
  }

  private static NDArray forward(NDManager m, Block block, Shape input) {
    block.initialize(m, DataType.FLOAT32, input);
    TorchDefaultInit.apply(block, SplitMix64.seeded(1));
    NDArray x = m.randomUniform(0, 1, input);
    return block.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow();
  }

  @Test
  void leNet5MapsDigitsToTenScores() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      Block net = LeNet5.create(10);
      assertEquals(new Shape(4, 10), forward(m, net, new Shape(4, 1, 28, 28)).getShape());
      // 156 + 2416 + 30840 + 10164 + 850
      assertEquals(44_426, parameters(net));
    }
  }

  @Test
  void cifarLeNetMapsColourImagesToKScores() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      Block net = CifarLeNet.create(100);
      assertEquals(new Shape(2, 100), forward(m, net, new Shape(2, 3, 32, 32)).getShape());
      // 448 + 4640 + 18496 + 512500 + 50100
      assertEquals(586_184, parameters(net));
    }
  }

  @Test
  void autoEncoderReconstructsIntoTheUnitInterval() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      Block net = AutoEncoder.create(784);
      NDArray out = forward(m, net, new Shape(3, 784));
      assertEquals(new Shape(3, 784), out.getShape());
      assertTrue(out.min().getFloat() >= 0 && out.max().getFloat() <= 1);
      // 100480 + 4128 + 4224 + 101136
      assertEquals(209_968, parameters(net));
    }
  }

  @Test
  void linearRegressorIsOneAffineMapInitialisedWithinOneOverRootD() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      Block net = LinearRegressor.create(1);
      NDArray out = forward(m, net, new Shape(3, 5));
      assertEquals(new Shape(3, 1), out.getShape());
      assertEquals(6, parameters(net)); // five slopes and one intercept
      double bound = 1 / Math.sqrt(5);
      for (Pair<String, Parameter> p : net.getParameters()) {
        NDArray values = p.getValue().getArray();
        assertTrue(values.abs().max().getFloat() <= bound, p.getKey() + " beyond 1/sqrt(d)");
      }
      // affine: the output at x is w·x + b, so f(x) + f(-x) is 2b for every x
      NDArray x = m.randomNormal(new Shape(3, 5));
      ParameterStore store = new ParameterStore(m, false);
      NDArray sum =
          net.forward(store, new NDList(x), false)
              .singletonOrThrow()
              .add(net.forward(store, new NDList(x.neg()), false).singletonOrThrow());
      float bias = net.getParameters().get(1).getValue().getArray().getFloat();
      for (float s : sum.toFloatArray()) {
        assertEquals(2 * bias, s, 1e-6);
      }
    }
  }

  @Test
  void mlpStacksItsHiddenLayersAndMatchesTheRegressorWithOne() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      Block deep = Mlp.create(List.of(32, 16), 6);
      assertEquals(new Shape(5, 6), forward(m, deep, new Shape(5, 11)).getShape());
      // (11·32 + 32) + (32·16 + 16) + (16·6 + 6)
      assertEquals(1_014, parameters(deep));
      Block one = Mlp.create(List.of(Mlp.HIDDEN), 1);
      forward(m, one, new Shape(2, 8));
      Block regressor = Mlp.regressor(1);
      forward(m, regressor, new Shape(2, 8));
      assertEquals(parameters(regressor), parameters(one));
      assertEquals(8 * 64 + 64 + 64 + 1, parameters(one));
    }
  }
}
