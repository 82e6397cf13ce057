package org.learn2mix.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import java.util.List;

/**
 * Multi-layer perceptrons: the regression network of the published tabular experiments (d → 64 →
 * ReLU → 1), and the same shape with any hidden widths for tables of one's own.
 */
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

  /**
   * A new, uninitialised network d → h₁ → ReLU → … → h_L → ReLU → outputs; its input width d is
   * fixed when the block is initialised. With one hidden layer of {@link #HIDDEN} it is {@link
   * #regressor}'s network.
   *
   * @param hidden the hidden layers' widths, in order, at least one, each at least 1
   * @param outputs the number of outputs: 1 for a regression, k for a classification (class scores,
   *     no softmax)
   * @return a block taking (B, d) features and returning (B, outputs) values
   * @throws IllegalArgumentException if there is no hidden layer or a width is less than 1
   */
  public static Block create(List<Integer> hidden, int outputs) {
    if (hidden.isEmpty()) {
      throw new IllegalArgumentException("an MLP needs at least one hidden layer");
    }
    SequentialBlock block = new SequentialBlock();
    for (int width : hidden) {
      if (width < 1) {
        throw new IllegalArgumentException("a hidden layer needs at least 1 unit, got " + width);
      }
      block.add(Linear.builder().setUnits(width).build()).add(Activation.reluBlock());
    }
    return block.add(Linear.builder().setUnits(outputs).build());
  }
}
