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

  /** A new, uninitialised network with {@code outputs} outputs. */
  public static Block regressor(int outputs) {
    return new SequentialBlock()
        .add(Linear.builder().setUnits(HIDDEN).build())
        .add(Activation.reluBlock())
        .add(Linear.builder().setUnits(outputs).build());
  }
}
