package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.djl.MeanLoss;
import org.learn2mix.djl.PerExampleLoss;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.model.TorchDefaultInit;
import org.learn2mix.random.SplitMix64;

/** The test metric does not depend on how many examples are evaluated at once. */
@Tag("engine")
class HeldOutEvaluationTest {
  @Test
  void chunksOfAnySizeGiveTheSameMetricOverallAndPerClass() {
    EngineStart.offline();
    float[] features = new float[7 * 2];
    float[] targets = new float[7];
    for (int n = 0; n < 7; n++) {
      features[2 * n] = n;
      features[2 * n + 1] = n * n / 10f;
      targets[n] = 3 - n;
    }
    Examples test =
        new Examples(features, new long[] {2}, targets, 1, new int[] {0, 1, 1, 0, 2, 2, 1});
    try (Model model = Model.newInstance("linear");
        NDManager root = NDManager.newBaseManager();
        ResidentSet set = ResidentSet.upload(root, test, Task.REGRESSION, 3)) {
      model.setBlock(Linear.builder().setUnits(1).build());
      try (Trainer trainer =
          model.newTrainer(new DefaultTrainingConfig(MeanLoss.of(PerExampleLoss.squaredError())))) {
        trainer.initialize(new Shape(1, 2));
        TorchDefaultInit.apply(model.getBlock(), SplitMix64.seeded(1));
        double[] whole = HeldOutEvaluation.evaluate(trainer, set, Task.REGRESSION, 3, 4096);
        assertEquals(4, whole.length);
        for (int chunk : new int[] {1, 3, 7, 100_000}) {
          assertArrayEquals(
              whole,
              HeldOutEvaluation.evaluate(trainer, set, Task.REGRESSION, 3, chunk),
              1e-5,
              "chunks of " + chunk);
        }
      }
    }
  }
}
