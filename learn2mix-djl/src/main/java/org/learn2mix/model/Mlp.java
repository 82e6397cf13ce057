package org.learn2mix.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/** The regression network of the published tabular experiments: d → 64 → ReLU → 1. */
public final class Mlp {
  /** Width of the hidden layer. */
  public static final int HIDDEN = 64;

  private Mlp() {}

  /**
   * A new, uninitialised network; its input width d is fixed when the block is initialised.
   *
   * @param outputs the number of outputs, at least 1 (1 for the published regression tasks)
   * @return a block taking (B, d) features and returning (B, outputs) values, with no activation
   *     after the last layer
   * @throws IllegalArgumentException if {@code outputs} is less than 1 (DJL's linear layer rejects
   *     it)
   */
  public static Block regressor(int outputs) {
    return new SequentialBlock()
        .add(Linear.builder().setUnits(HIDDEN).build())
        .add(Activation.reluBlock())
        .add(Linear.builder().setUnits(outputs).build());
  }
}
