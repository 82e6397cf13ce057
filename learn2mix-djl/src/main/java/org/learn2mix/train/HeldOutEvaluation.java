package org.learn2mix.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.Trainer;
import org.learn2mix.data.Task;

/**
 * The test metric, overall and per class, computed on the engine in chunks: one score per example,
 * summed per class by a product with the one-hot class matrix, one read-back per chunk.
 */
final class HeldOutEvaluation {
  /** The most examples evaluated at once. */
  static final int MAX_CHUNK = 4096;

  private HeldOutEvaluation() {}

  /**
   * @param chunkSize examples evaluated at once, at most {@link #MAX_CHUNK}; a network whose
   *     training batch fits in memory also fits a chunk of that size, which matters for large
   *     inputs (a Transformer's attention over 500 tokens, ResNet on 224×224 images)
   * @return element 0 the overall metric, then one per class
   */
  static double[] evaluate(
      Trainer trainer, ResidentSet test, Task task, int classCount, int chunkSize) {
    if (chunkSize < 1) {
      throw new IllegalArgumentException("an evaluation chunk needs an example, got " + chunkSize);
    }
    int step = Math.min(chunkSize, MAX_CHUNK);
    double[] classSums = new double[classCount];
    for (int from = 0; from < test.size(); from += step) {
      int to = Math.min(test.size(), from + step);
      try (NDManager chunk = test.manager().newSubManager()) {
        ResidentSet.Slice slice = test.range(chunk, from, to);
        NDArray predictions = trainer.evaluate(new NDList(slice.features())).singletonOrThrow();
        NDArray scores = HeldOutScore.of(task, predictions, slice.targets());
        float[] sums = scores.reshape(1, -1).matMul(slice.classOneHot()).toFloatArray();
        for (int c = 0; c < classCount; c++) {
          classSums[c] += sums[c];
        }
      }
    }
    int[] counts = test.examples().classCounts(classCount);
    double[] metric = new double[classCount + 1];
    double total = 0;
    for (int c = 0; c < classCount; c++) {
      total += classSums[c];
      metric[c + 1] = counts[c] == 0 ? Double.NaN : classSums[c] / counts[c];
    }
    metric[0] = total / test.size();
    return metric;
  }
}
