package org.learn2mix.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.random.SplitMix64;

/** The standard ResNet-18: its size, its output and its torchvision initialisation. */
@Tag("engine")
class ResNet18Test {
  @Test
  void hasTorchvisionsParameterCountAndMapsImagesToTenScores() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      ResNet18 net = ResNet18.create(10);
      net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 224, 224));
      TorchDefaultInit.apply(net, SplitMix64.seeded(1));
      long trainable = 0;
      long all = 0;
      for (Pair<String, Parameter> p : net.getParameters()) {
        long size = p.getValue().getArray().size();
        all += size;
        trainable += p.getValue().requiresGradient() ? size : 0;
      }
      // torchvision.models.resnet18(num_classes=10): sum(p.numel() for p in parameters())
      assertEquals(11_181_642, trainable);
      // DJL also counts the running means and variances of the 4,800 batch-norm channels
      assertEquals(11_181_642 + 2 * 4_800, all);

      NDArray x = m.randomNormal(new Shape(2, 3, 224, 224));
      NDArray out = net.forward(new ParameterStore(m, false), new NDList(x), false).head();
      assertEquals(new Shape(2, 10), out.getShape());
      assertTrue(Float.isFinite(out.abs().sum().getFloat()));
    }
  }

  @Test
  void convolutionsAreKaimingNormalFanOutAndBatchNormStartsAsIdentity() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      ResNet18 net = ResNet18.create(10);
      net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 224, 224));
      TorchDefaultInit.apply(net, SplitMix64.seeded(2));
      int convolutions = 0;
      int norms = 0;
      for (Pair<String, Parameter> p : net.getParameters()) {
        Parameter parameter = p.getValue();
        float[] values = parameter.getArray().toFloatArray();
        Shape shape = parameter.getArray().getShape();
        switch (parameter.getType()) {
          case WEIGHT -> {
            if (shape.dimension() == 4) {
              convolutions++;
              double expected = Math.sqrt(2.0 / (shape.get(0) * shape.get(2) * shape.get(3)));
              assertEquals(expected, std(values), 0.1 * expected, p.getKey());
              assertEquals(0, mean(values), 0.1 * expected, p.getKey());
            } else {
              // the final fc layer: PyTorch's Linear default, U(±1/√512)
              assertTrue(maxAbs(values) <= 1 / Math.sqrt(512), p.getKey());
            }
          }
          case BIAS -> assertTrue(maxAbs(values) <= 1 / Math.sqrt(512), p.getKey());
          case GAMMA, RUNNING_VAR -> {
            norms++;
            assertConstant(1f, values, p.getKey());
          }
          case BETA, RUNNING_MEAN -> assertConstant(0f, values, p.getKey());
          default -> throw new AssertionError("unexpected parameter " + p.getKey());
        }
      }
      assertEquals(20, convolutions, "17 3x3/7x7 convolutions and 3 projection shortcuts");
      assertEquals(2 * 20, norms, "a batch norm after every convolution");
    }
  }

  private static double mean(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double std(float[] v) {
    double mean = mean(v);
    double s = 0;
    for (float x : v) {
      s += (x - mean) * (x - mean);
    }
    return Math.sqrt(s / v.length);
  }

  private static float maxAbs(float[] v) {
    float max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }

  private static void assertConstant(float expected, float[] values, String name) {
    for (float v : values) {
      assertEquals(expected, v, name);
    }
  }
}
