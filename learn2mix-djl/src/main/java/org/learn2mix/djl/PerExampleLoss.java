package org.learn2mix.djl;

import ai.djl.ndarray.NDArray;

/**
 * A loss with one value per example, from which learn2mix takes the class-wise losses. Its mean
 * over a batch is the training loss ({@link MeanLoss}).
 */
@FunctionalInterface
public interface PerExampleLoss {
  /**
   * One loss per example.
   *
   * @param predictions the network's outputs, one row per example
   * @param labels the batch's labels: class indices for classification, targets otherwise
   * @return shape (n)
   */
  NDArray apply(NDArray predictions, NDArray labels);

  /** Softmax cross-entropy of raw scores (logits) against class indices. */
  static PerExampleLoss crossEntropy() {
    return (predictions, labels) ->
        predictions.logSoftmax(1).gather(labels.reshape(-1, 1), 1).reshape(-1).neg();
  }

  /** Squared error averaged over each example's outputs (no ½ factor, unlike DJL's L2Loss). */
  static PerExampleLoss squaredError() {
    return (predictions, labels) ->
        predictions.sub(labels.reshape(predictions.getShape())).square().mean(new int[] {1});
  }
}
