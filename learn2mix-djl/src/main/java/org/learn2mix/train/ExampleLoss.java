package org.learn2mix.train;

import ai.djl.ndarray.NDArray;
import org.learn2mix.data.Task;

/**
 * Per-example losses and scores on the engine. Losses feed both the gradient (their mean) and the
 * class-wise losses; scores are the per-example pieces of the test metric (SPEC section 6).
 */
public final class ExampleLoss {
  private ExampleLoss() {}

  /**
   * One training loss per example: cross-entropy for classification, squared error averaged over
   * outputs for regression and reconstruction.
   *
   * @return shape (n)
   */
  public static NDArray perExample(Task task, NDArray predictions, NDArray targets) {
    return switch (task) {
      case CLASSIFICATION ->
          predictions.logSoftmax(1).gather(targets.reshape(-1, 1), 1).reshape(-1).neg();
      case REGRESSION, RECONSTRUCTION ->
          predictions.sub(targets.reshape(predictions.getShape())).square().mean(new int[] {1});
    };
  }

  /**
   * One test score per example, whose mean over a set is the task's metric: 100 for a correct class
   * and 0 otherwise (accuracy in percent), the squared error averaged over outputs (MSE), or summed
   * over outputs (per-image sum of squared errors).
   *
   * @return shape (n), float32
   */
  public static NDArray score(Task task, NDArray predictions, NDArray targets) {
    return switch (task) {
      case CLASSIFICATION ->
          predictions
              .argMax(1)
              .eq(targets.reshape(-1))
              .toType(ai.djl.ndarray.types.DataType.FLOAT32, false)
              .mul(100f);
      case REGRESSION ->
          predictions.sub(targets.reshape(predictions.getShape())).square().mean(new int[] {1});
      case RECONSTRUCTION ->
          predictions.sub(targets.reshape(predictions.getShape())).square().sum(new int[] {1});
    };
  }
}
