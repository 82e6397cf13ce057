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

  /** The mean of {@code perExample} over the batch. */
  public static MeanLoss of(PerExampleLoss perExample) {
    return new MeanLoss("MeanLoss", perExample);
  }

  /** The per-example loss this is the mean of. */
  public PerExampleLoss perExample() {
    return perExample;
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    return perExample.apply(predictions.singletonOrThrow(), labels.singletonOrThrow()).mean();
  }
}
