package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.Task;
import org.learn2mix.djl.PerExampleLoss;
import org.learn2mix.engine.EngineStart;

/** Per-example training losses and test scores against hand-computed values. */
@Tag("engine")
class LossesAndScoresTest {
  private static final float TOLERANCE = 1e-5f;

  @Test
  void crossEntropyIsMinusLogSoftmaxOfTheLabel() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      // logits (0, ln 3): softmax (1/4, 3/4)
      NDArray logits =
          m.create(
              new float[] {0f, (float) Math.log(3), 0f, (float) Math.log(3)},
              new ai.djl.ndarray.types.Shape(2, 2));
      NDArray labels = m.create(new long[] {1, 0});
      float[] loss = PerExampleLoss.crossEntropy().apply(logits, labels).toFloatArray();
      assertArrayEquals(
          new float[] {(float) -Math.log(0.75), (float) -Math.log(0.25)}, loss, TOLERANCE);
    }
  }

  @Test
  void accuracyScoreIsHundredForTheArgmaxClassElseZero() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray logits =
          m.create(
              new float[] {0.1f, 0.9f, 0f, 2f, 1f, 0f, 0f, 0f, 5f},
              new ai.djl.ndarray.types.Shape(3, 3));
      NDArray labels = m.create(new long[] {1, 1, 2});
      float[] score = HeldOutScore.of(Task.CLASSIFICATION, logits, labels).toFloatArray();
      assertArrayEquals(new float[] {100f, 0f, 100f}, score, TOLERANCE);
    }
  }

  @Test
  void regressionLossAndScoreAreSquaredErrorAveragedOverOutputs() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray predictions =
          m.create(new float[] {1, 2, 3, 5}, new ai.djl.ndarray.types.Shape(2, 2));
      NDArray targets = m.ones(new ai.djl.ndarray.types.Shape(2, 2), DataType.FLOAT32);
      // errors (0, 1) and (2, 4): means 0.5 and 10
      assertArrayEquals(
          new float[] {0.5f, 10f},
          PerExampleLoss.squaredError().apply(predictions, targets).toFloatArray(),
          TOLERANCE);
      assertArrayEquals(
          new float[] {0.5f, 10f},
          HeldOutScore.of(Task.REGRESSION, predictions, targets).toFloatArray(),
          TOLERANCE);
    }
  }

  @Test
  void reconstructionScoreSumsSquaredErrorOverPixelsWhileItsLossAverages() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray predictions =
          m.create(new float[] {1, 2, 3, 5}, new ai.djl.ndarray.types.Shape(2, 2));
      NDArray targets = m.ones(new ai.djl.ndarray.types.Shape(2, 2), DataType.FLOAT32);
      assertArrayEquals(
          new float[] {1f, 20f},
          HeldOutScore.of(Task.RECONSTRUCTION, predictions, targets).toFloatArray(),
          TOLERANCE);
      assertArrayEquals(
          new float[] {0.5f, 10f},
          TrainingLoss.of(Task.RECONSTRUCTION).apply(predictions, targets).toFloatArray(),
          TOLERANCE);
    }
  }

  @Test
  void focalWeightsFavourRareClassesAndAverageToOne() {
    // counts (3, 1): 1/N = (1/3, 1), sum 4/3, times k = 2 -> (0.5, 1.5)
    assertArrayEquals(
        new float[] {0.5f, 1.5f}, PerExampleLoss.focalWeights(new int[] {3, 1}), TOLERANCE);
  }

  @Test
  void focalLossIsWeightTimesOneMinusPtSquaredTimesCrossEntropy() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray logits =
          m.create(
              new float[] {0f, (float) Math.log(3), 0f, (float) Math.log(3)},
              new ai.djl.ndarray.types.Shape(2, 2));
      NDArray labels = m.create(new long[] {1, 0});
      float[] loss =
          PerExampleLoss.focal(new float[] {0.5f, 1.5f}, 2).apply(logits, labels).toFloatArray();
      // label 1: p_t = 3/4, CE = -ln 3/4; label 0: p_t = 1/4, CE = -ln 1/4
      double first = 1.5 * Math.pow(0.25, 2) * -Math.log(0.75);
      double second = 0.5 * Math.pow(0.75, 2) * -Math.log(0.25);
      assertArrayEquals(new float[] {(float) first, (float) second}, loss, TOLERANCE);
    }
  }
}
