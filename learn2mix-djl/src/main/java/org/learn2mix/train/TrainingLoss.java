package org.learn2mix.train;

import org.learn2mix.data.Task;
import org.learn2mix.djl.PerExampleLoss;

/** What each task trains on (SPEC section 4), unless a strategy brings its own loss. */
public final class TrainingLoss {
  private TrainingLoss() {}

  /**
   * The training loss per example: cross-entropy for classification, squared error averaged over
   * outputs for regression and reconstruction.
   *
   * @param task what is learnt
   * @return {@link PerExampleLoss#crossEntropy()} for classification, {@link
   *     PerExampleLoss#squaredError()} otherwise
   */
  public static PerExampleLoss of(Task task) {
    return task == Task.CLASSIFICATION
        ? PerExampleLoss.crossEntropy()
        : PerExampleLoss.squaredError();
  }
}
