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
final class TestEvaluation {
  private static final int CHUNK = 4096;

  private TestEvaluation() {}

  /**
   * @return element 0 the overall metric, then one per class
   */
  static double[] evaluate(Trainer trainer, ResidentSet test, Task task, int classCount) {
    double[] classSums = new double[classCount];
    for (int from = 0; from < test.size(); from += CHUNK) {
      int to = Math.min(test.size(), from + CHUNK);
      try (NDManager chunk = test.manager().newSubManager()) {
        ResidentSet.Slice slice = test.range(chunk, from, to);
        NDArray predictions = trainer.evaluate(new NDList(slice.features())).singletonOrThrow();
        NDArray scores = TestScore.of(task, predictions, slice.targets());
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
