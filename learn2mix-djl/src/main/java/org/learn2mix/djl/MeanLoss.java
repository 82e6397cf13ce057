package org.learn2mix.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * A DJL {@link Loss} that is the batch mean of a {@link PerExampleLoss}, so that the gradient and
 * learn2mix's class-wise losses come from the same definition.
 */
public final class MeanLoss extends Loss {
  private final PerExampleLoss perExample;

  private MeanLoss(String name, PerExampleLoss perExample) {
    super(name);
    this.perExample = perExample;
  }

  /**
   * The mean of {@code perExample} over the batch.
   *
   * @param perExample the per-example loss to average; not null
   * @return a DJL loss named {@code MeanLoss}
   */
  public static MeanLoss of(PerExampleLoss perExample) {
    return new MeanLoss("MeanLoss", perExample);
  }

  /**
   * The per-example loss this is the mean of.
   *
   * @return the loss given to {@link #of}
   */
  public PerExampleLoss perExample() {
    return perExample;
  }

  /**
   * The batch's mean loss.
   *
   * @param labels a list of one array, the batch's labels
   * @param predictions a list of one array, the network's outputs for the batch
   * @return a scalar array, attached to the manager of the per-example losses
   * @throws IndexOutOfBoundsException if either list does not hold exactly one array (DJL's check)
   */
  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    return perExample.apply(predictions.singletonOrThrow(), labels.singletonOrThrow()).mean();
  }
}
