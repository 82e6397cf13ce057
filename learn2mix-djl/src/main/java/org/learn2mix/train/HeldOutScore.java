package org.learn2mix.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import org.learn2mix.data.Task;
import org.learn2mix.djl.PerExampleLoss;

/** How each task is scored on the held-out test set (SPEC section 6). */
public final class HeldOutScore {
  private HeldOutScore() {}

  /**
   * One test score per example, whose mean over a set is the task's metric: 100 for a correct class
   * and 0 otherwise (accuracy in percent), the squared error averaged over outputs (MSE), or summed
   * over outputs (per-image sum of squared errors).
   *
   * @param task decides the score
   * @param predictions the network's outputs in evaluation mode, shape (n, outputs): logits for
   *     classification
   * @param targets what the predictions are scored against: n class indices for classification,
   *     otherwise n·outputs values (reshaped to the predictions' shape)
   * @return shape (n), float32, on the manager of {@code predictions}; not closed here
   */
  public static NDArray of(Task task, NDArray predictions, NDArray targets) {
    return switch (task) {
      case CLASSIFICATION ->
          predictions.argMax(1).eq(targets.reshape(-1)).toType(DataType.FLOAT32, false).mul(100f);
      case REGRESSION -> PerExampleLoss.squaredError().apply(predictions, targets);
      case RECONSTRUCTION ->
          predictions.sub(targets.reshape(predictions.getShape())).square().sum(new int[] {1});
    };
  }
}
