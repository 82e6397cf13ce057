package org.learn2mix.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.Batch;
import ai.djl.translate.Batchifier;

/**
 * A DJL {@link Batch} that also carries the classes of its examples, for a training loop that has
 * them on the engine already (gathered with the features, say): the one-hot class matrix and the
 * number of examples of each class. A {@link Learn2MixListener} then takes the class-wise losses
 * from them instead of looking up the class of every index and copying a second one-hot matrix to
 * the engine.
 */
public final class BatchWithClasses extends Batch {
  private final NDArray classOneHot;
  private final int[] classCounts;

  /**
   * A batch of the examples of {@code drawn}.
   *
   * @param manager owns the batch's arrays; closing the batch closes it
   * @param data the model inputs, one row per example of {@code drawn}
   * @param labels the labels, one row per example of {@code drawn}
   * @param drawn the examples' indices and how many there are of each class
   * @param classOneHot shape (n, k): per example a 1 in the column of its class, in the order of
   *     {@code drawn}'s indices
   * @param progress this batch's number in its epoch, from 0
   * @param progressTotal the number of batches in the epoch
   * @throws IllegalArgumentException if {@code classOneHot} is not n by k
   */
  public BatchWithClasses(
      NDManager manager,
      NDList data,
      NDList labels,
      org.learn2mix.batching.Batch drawn,
      NDArray classOneHot,
      long progress,
      long progressTotal) {
    super(
        manager,
        data,
        labels,
        drawn.size(),
        Batchifier.STACK,
        Batchifier.STACK,
        progress,
        progressTotal,
        new IndexList(drawn.indices()));
    long[] shape = classOneHot.getShape().getShape();
    if (shape.length != 2 || shape[0] != drawn.size() || shape[1] != drawn.classCounts().length) {
      throw new IllegalArgumentException(
          "the one-hot class matrix of "
              + drawn.size()
              + " examples of "
              + drawn.classCounts().length
              + " classes has shape "
              + classOneHot.getShape());
    }
    this.classOneHot = classOneHot;
    this.classCounts = drawn.classCounts();
  }

  /**
   * The classes of the batch's examples as a one-hot matrix.
   *
   * @return shape (n, k): per example a 1 in the column of its class, in the order of the batch's
   *     indices; the array given at construction, which closing the batch closes only if it belongs
   *     to the batch's manager
   */
  public NDArray classOneHot() {
    return classOneHot;
  }

  /**
   * The number of examples of each class.
   *
   * @return k counts summing to n; the batch's own array, not a copy, so do not change it
   */
  public int[] classCounts() {
    return classCounts;
  }
}
