package org.learn2mix.model;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/**
 * A linear model x ↦ θ·x + b with no hidden layer: the well-specified model of the {@code theory}
 * preset's data (SPEC section 11). Initialised like every network here by {@link TorchDefaultInit}:
 * θ and b uniform in ±1/√d, as PyTorch's {@code nn.Linear}.
 */
public final class LinearRegressor {
  private LinearRegressor() {}

  /**
   * A new, uninitialised linear layer; its input width d is fixed when the block is initialised.
   *
   * @param outputs the number of outputs, at least 1
   * @return a block taking (B, d) features and returning (B, outputs) values
   * @throws IllegalArgumentException if {@code outputs} is less than 1 (DJL's linear layer rejects
   *     it)
   */
  public static Block create(int outputs) {
    return new SequentialBlock().add(Linear.builder().setUnits(outputs).build());
  }
}
