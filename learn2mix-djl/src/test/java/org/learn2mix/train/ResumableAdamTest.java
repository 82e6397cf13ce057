package org.learn2mix.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.engine.EngineStart;

@Tag("engine")
class ResumableAdamTest {
  private static final float[][] GRADIENTS = {
    {0.5f, -1f, 2f}, {0.1f, 0.3f, -0.2f}, {-0.7f, 0.2f, 0.9f}, {1.5f, -0.4f, 0.05f}, {0f, 1f, -1f}
  };

  private static void step(Optimizer optimizer, NDArray weight, int i) {
    try (NDArray grad = weight.getManager().create(GRADIENTS[i])) {
      optimizer.update("w", weight, grad);
    }
  }

  @Test
  void takesExactlyTheStepsOfDjlsAdam() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray ours = m.create(new float[] {1f, 2f, 3f});
      NDArray djls = m.create(new float[] {1f, 2f, 3f});
      Optimizer resumable = new ResumableAdam(0.01f);
      Optimizer reference = Optimizer.adam().optLearningRateTracker(Tracker.fixed(0.01f)).build();
      for (int i = 0; i < GRADIENTS.length; i++) {
        step(resumable, ours, i);
        step(reference, djls, i);
        assertArrayEquals(djls.toFloatArray(), ours.toFloatArray(), "step " + (i + 1));
      }
    }
  }

  @Test
  void aRestoredOptimizerContinuesExactlyLikeTheOriginal() throws Exception {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray weight = m.create(new float[] {1f, 2f, 3f});
      ResumableAdam original = new ResumableAdam(0.05f);
      for (int i = 0; i < 3; i++) {
        step(original, weight, i);
      }
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      original.save(new DataOutputStream(saved), java.util.Map.of("w", "weight"));
      NDArray restoredWeight = weight.duplicate();
      NDArray forgetfulWeight = weight.duplicate();

      ResumableAdam restored = new ResumableAdam(0.05f);
      restored.load(
          new DataInputStream(new ByteArrayInputStream(saved.toByteArray())),
          m,
          java.util.Map.of("weight", "w"));
      ResumableAdam forgetful = new ResumableAdam(0.05f); // same weights, moments lost
      for (int i = 3; i < GRADIENTS.length; i++) {
        step(original, weight, i);
        step(restored, restoredWeight, i);
        step(forgetful, forgetfulWeight, i);
      }
      assertArrayEquals(weight.toFloatArray(), restoredWeight.toFloatArray());
      assertFalse(Arrays.equals(weight.toFloatArray(), forgetfulWeight.toFloatArray()));
    }
  }

  @Test
  void rejectsANonPositiveLearningRate() {
    assertThrows(IllegalArgumentException.class, () -> new ResumableAdam(0f));
    assertThrows(IllegalArgumentException.class, () -> new ResumableAdam(Float.NaN));
  }

  @Test
  void weightDecayIsDecoupledAsAdamWs() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      // A zero gradient leaves the moments at zero, so Adam moves nothing and only the decay acts:
      // w <- w * (1 - lr * lambda), the same for every element whatever its size.
      NDArray weight = m.create(new float[] {1f, -2f, 4f});
      try (NDArray zero = m.zeros(weight.getShape())) {
        new ResumableAdam(0.1f, 0.5f).update("w", weight, zero);
      }
      float scale = 1 - 0.1f * 0.5f;
      assertArrayEquals(new float[] {scale, -2 * scale, 4 * scale}, weight.toFloatArray(), 1e-6f);
    }
  }

  @Test
  void withoutDecayTheStepIsPlainAdams() {
    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray plain = m.create(new float[] {1f, 2f, 3f});
      NDArray zeroDecay = m.create(new float[] {1f, 2f, 3f});
      Optimizer adam = new ResumableAdam(0.01f);
      Optimizer adamW = new ResumableAdam(0.01f, 0f);
      for (int i = 0; i < GRADIENTS.length; i++) {
        step(adam, plain, i);
        step(adamW, zeroDecay, i);
      }
      assertArrayEquals(plain.toFloatArray(), zeroDecay.toFloatArray());
    }
  }

  @Test
  void rejectsANegativeWeightDecay() {
    assertThrows(IllegalArgumentException.class, () -> new ResumableAdam(0.01f, -0.1f));
  }
}
