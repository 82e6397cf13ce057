package org.learn2mix.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.util.Pair;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.djl.MeanLoss;
import org.learn2mix.djl.PerExampleLoss;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.random.SplitMix64;
import org.learn2mix.train.ResumableAdam;

/**
 * The IMDB Transformer: shapes, size, initialisation, the attention arithmetic, a training step.
 */
@Tag("engine")
class TextTransformerTest {
  private static final int VOCABULARY = 100;

  @Test
  void mapsTokenSequencesToClassScoresWithPyTorchsParameterCount() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      Block net = TextTransformer.create(VOCABULARY, 2);
      net.initialize(m, DataType.FLOAT32, new Shape(1, 500));
      TorchDefaultInit.apply(net, SplitMix64.seeded(1));
      long total = 0;
      for (Pair<String, Parameter> p : net.getParameters()) {
        total += p.getValue().getArray().size();
      }
      // nn.Embedding(100, 64) 6,400; nn.TransformerEncoderLayer(64, 4, 128) 33,472;
      // fc 64->32 2,080; fc 32->2 66
      assertEquals(6_400 + 33_472 + 2_080 + 66, total);
      NDArray ids = m.randomInteger(0, VOCABULARY, new Shape(3, 500), DataType.INT64);
      NDArray out = forward(m, net, ids.toType(DataType.FLOAT32, false), false);
      assertEquals(new Shape(3, 2), out.getShape());
      assertArrayEquals(
          out.toFloatArray(),
          forward(m, net, ids.toType(DataType.FLOAT32, false), false).toFloatArray(),
          "evaluation is deterministic (no dropout)");
      // a shorter sequence works too: positions are cut to its length
      assertEquals(
          new Shape(1, 2),
          forward(m, net, m.create(new float[] {5, 7, 0}, new Shape(1, 3)), false).getShape());
    }
  }

  @Test
  void isInitialisedAsPyTorchInitialisesTheseLayers() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      Block net = TextTransformer.create(1000, 2);
      net.initialize(m, DataType.FLOAT32, new Shape(1, 500));
      TorchDefaultInit.apply(net, SplitMix64.seeded(3));
      Map<String, float[]> values = new HashMap<>();
      for (Pair<String, Parameter> p : net.getParameters()) {
        values.put(p.getKey(), p.getValue().getArray().toFloatArray());
      }
      float[] table = values.get("01TokenEmbedding_embedding");
      assertEquals(0, mean(table), 0.02, "embedding N(0, 1)");
      assertEquals(1, Math.sqrt(meanSquare(table)), 0.02, "embedding N(0, 1)");
      double xavier = Math.sqrt(6.0 / (64 + 192));
      float[] inProjection = values.get("03EncoderLayer_01attention_01inProjection_weight");
      assertTrue(maxAbs(inProjection) <= xavier && maxAbs(inProjection) > 0.95 * xavier);
      assertEquals(0f, maxAbs(values.get("03EncoderLayer_01attention_01inProjection_bias")));
      assertEquals(0f, maxAbs(values.get("03EncoderLayer_01attention_02outProjection_bias")));
      float[] outProjection = values.get("03EncoderLayer_01attention_02outProjection_weight");
      assertTrue(maxAbs(outProjection) <= 1 / 8.0 && maxAbs(outProjection) > 0.9 / 8.0);
      float[] contractBias = values.get("03EncoderLayer_03contract_bias");
      assertTrue(maxAbs(contractBias) <= 1 / Math.sqrt(128) && maxAbs(contractBias) > 0);
      assertEquals(1f, values.get("03EncoderLayer_04attentionNorm_gamma")[0]);
      assertEquals(0f, maxAbs(values.get("03EncoderLayer_05outputNorm_beta")));
    }
  }

  @Test
  void selfAttentionComputesSoftmaxOfScaledDotProductsPerHead() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      int width = 8;
      int heads = 2;
      SelfAttention attention = new SelfAttention(width, heads, 0.1f);
      attention.initialize(m, DataType.FLOAT32, new Shape(2, 3, width));
      TorchDefaultInit.apply(attention, SplitMix64.seeded(4));
      // biases are zero after PyTorch's initialisation; give them values so they are tested
      for (Pair<String, Parameter> p : attention.getParameters()) {
        if (p.getValue().getType() == Parameter.Type.BIAS) {
          NDArray bias = p.getValue().getArray();
          bias.set(m.randomUniform(-1, 1, bias.getShape()).toFloatArray());
        }
      }
      NDArray x = m.randomNormal(new Shape(2, 3, width));
      NDArray actual = attention.forward(new ParameterStore(m, false), new NDList(x), false).head();

      NDArray wIn = attention.getParameters().get(0).getValue().getArray();
      NDArray bIn = attention.getParameters().get(1).getValue().getArray();
      NDArray wOut = attention.getParameters().get(2).getValue().getArray();
      NDArray bOut = attention.getParameters().get(3).getValue().getArray();
      NDArray qkv = x.matMul(wIn.transpose()).add(bIn);
      int d = width / heads;
      NDList perHead = new NDList();
      for (int h = 0; h < heads; h++) {
        NDArray q = qkv.get(new NDIndex(":, :, {}:{}", h * d, (h + 1) * d));
        NDArray k = qkv.get(new NDIndex(":, :, {}:{}", width + h * d, width + (h + 1) * d));
        NDArray v = qkv.get(new NDIndex(":, :, {}:{}", 2 * width + h * d, 2 * width + (h + 1) * d));
        NDArray weights = q.matMul(k.transpose(0, 2, 1)).div(Math.sqrt(d)).softmax(2);
        perHead.add(weights.matMul(v));
      }
      NDArray expected = concatenated(perHead).matMul(wOut.transpose()).add(bOut);
      assertEquals(new Shape(2, 3, width), actual.getShape());
      assertTrue(
          actual.allClose(expected, 1e-5, 1e-6, false), () -> actual + " differs from " + expected);
    }
  }

  @Test
  void positionsAreTheSinusoidsOfVaswaniEtAl() {
    float[] pe = SinusoidalPositions.encoding(3, 64);
    assertEquals(0f, pe[0]);
    assertEquals(1f, pe[1]);
    assertEquals((float) Math.sin(1), pe[64]);
    assertEquals((float) Math.cos(1), pe[65]);
    assertEquals((float) Math.sin(2 / Math.pow(10000, 2.0 / 64)), pe[2 * 64 + 2]);
    assertEquals((float) Math.cos(2 / Math.pow(10000, 62.0 / 64)), pe[2 * 64 + 63]);
  }

  @Test
  void trainingStepsReachEveryParameterAndFitASmallBatch() {
    EngineStart.offline().setRandomSeed(11);
    try (Model model = Model.newInstance("transformer")) {
      model.setBlock(TextTransformer.create(VOCABULARY, 2));
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(MeanLoss.of(PerExampleLoss.crossEntropy()))
              .optOptimizer(new ResumableAdam(1e-2f));
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(new Shape(1, 500));
        TorchDefaultInit.apply(model.getBlock(), SplitMix64.seeded(5));
        NDManager m = trainer.getManager();
        // ids up to 99 arrive as floats, as the data set stores them
        NDArray ids =
            m.randomInteger(0, VOCABULARY, new Shape(4, 500), DataType.INT64)
                .toType(DataType.FLOAT32, false);
        NDArray labels = m.create(new long[] {0, 1, 1, 0});
        float before = evaluationLoss(trainer, ids, labels);
        for (int step = 0; step < 10; step++) {
          try (GradientCollector collector = trainer.newGradientCollector()) {
            NDList predictions = trainer.forward(new NDList(ids), new NDList(labels));
            NDArray loss = trainer.getLoss().evaluate(new NDList(labels), predictions);
            assertTrue(Float.isFinite(loss.getFloat()));
            collector.backward(loss);
            if (step == 0) {
              for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
                NDArray gradient = p.getValue().getArray().getGradient();
                assertNotEquals(
                    0f, gradient.abs().sum().getFloat(), p.getKey() + " gets no gradient");
              }
            }
          }
          trainer.step();
        }
        float after = evaluationLoss(trainer, ids, labels);
        assertTrue(after < before - 0.1, "loss " + before + " -> " + after);
      }
    }
  }

  /** The loss in evaluation mode: no dropout, so no noise. */
  private static float evaluationLoss(Trainer trainer, NDArray ids, NDArray labels) {
    NDArray scores = trainer.evaluate(new NDList(ids)).head();
    return trainer.getLoss().evaluate(new NDList(labels), new NDList(scores)).getFloat();
  }

  private static NDArray concatenated(NDList parts) {
    return ai.djl.ndarray.NDArrays.concat(parts, 2);
  }

  private static NDArray forward(NDManager m, Block net, NDArray x, boolean training) {
    return net.forward(new ParameterStore(m, false), new NDList(x), training).singletonOrThrow();
  }

  private static double mean(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x;
    }
    return s / v.length;
  }

  private static double meanSquare(float[] v) {
    double s = 0;
    for (float x : v) {
      s += x * x;
    }
    return s / v.length;
  }

  private static float maxAbs(float[] v) {
    float max = 0;
    for (float x : v) {
      max = Math.max(max, Math.abs(x));
    }
    return max;
  }
}
