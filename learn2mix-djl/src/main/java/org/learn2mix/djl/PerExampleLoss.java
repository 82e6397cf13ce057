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
   * @param predictions the network's outputs, shape (n, outputs): one row per example
   * @param labels the batch's labels, n of them: class indices for classification, targets
   *     otherwise
   * @return shape (n), on the manager of {@code predictions}; not closed here
   */
  NDArray apply(NDArray predictions, NDArray labels);

  /**
   * Softmax cross-entropy of raw scores (logits) against class indices.
   *
   * @return a loss taking predictions of shape (n, k) and labels of n integer class indices in [0,
   *     k), shape (n) or (n, 1); each value is −log softmax(logits)[class], in nats
   */
  static PerExampleLoss crossEntropy() {
    return (predictions, labels) ->
        predictions.logSoftmax(1).gather(labels.reshape(-1, 1), 1).reshape(-1).neg();
  }

  /**
   * Squared error averaged over each example's outputs (no ½ factor, unlike DJL's L2Loss).
   *
   * @return a loss taking predictions of shape (n, d) and targets of n·d values (reshaped to the
   *     predictions' shape); each value is the mean over the d outputs of (prediction − target)²
   */
  static PerExampleLoss squaredError() {
    return (predictions, labels) ->
        predictions.sub(labels.reshape(predictions.getShape())).square().mean(new int[] {1});
  }

  /**
   * The class-weighted focal loss (Lin et al. 2017) as SPEC section 5 defines it: ω_y · (1 − p_t)^Γ
   * · CE, with CE the unweighted cross-entropy and p_t = exp(−CE).
   *
   * @param classWeights ω, one weight per class, e.g. from {@link #focalWeights}; copied
   * @param focusing Γ, at least 0 (2 in the published experiments; 0 gives class-weighted
   *     cross-entropy)
   * @return a loss taking what {@link #crossEntropy()} takes
   */
  static PerExampleLoss focal(float[] classWeights, double focusing) {
    float[] weights = classWeights.clone();
    PerExampleLoss crossEntropy = crossEntropy();
    return (predictions, labels) -> {
      NDArray ce = crossEntropy.apply(predictions, labels);
      NDArray pt = ce.neg().exp();
      NDArray omega = ce.getManager().create(weights).take(labels.reshape(-1));
      return omega.mul(pt.neg().add(1).pow((float) focusing)).mul(ce);
    };
  }

  /**
   * The focal class weights of SPEC section 5: ω_c = (1/N_c) / Σ_j (1/N_j) · k, so rare classes
   * weigh more and the weights average to one.
   *
   * @param classCounts N_c, the number of training examples of each class; each at least 1 (not
   *     checked: a zero count gives NaN and zero weights)
   * @return a new array of k weights ω_c, in class order
   */
  static float[] focalWeights(int[] classCounts) {
    double inverseSum = 0;
    for (int count : classCounts) {
      inverseSum += 1.0 / count;
    }
    float[] weights = new float[classCounts.length];
    for (int c = 0; c < weights.length; c++) {
      weights[c] = (float) ((1.0 / classCounts[c]) / inverseSum * classCounts.length);
    }
    return weights;
  }
}
