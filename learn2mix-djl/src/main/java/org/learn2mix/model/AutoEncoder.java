package org.learn2mix.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;

/**
 * The fully connected autoencoder of the reconstruction experiments: d→128, ReLU, 128→32 (the
 * code), 32→128, ReLU, 128→d, sigmoid, for flattened images with pixels in [0, 1].
 */
public final class AutoEncoder {
  /** Width of the code layer. */
  public static final int CODE = 32;

  private AutoEncoder() {}

  /**
   * A new, uninitialised autoencoder.
   *
   * @param dimension d, the number of values per example (pixels of the flattened image), at least
   *     1
   * @return a block taking (B, d) and returning (B, d) reconstructions in (0, 1)
   * @throws IllegalArgumentException if {@code dimension} is less than 1 (DJL's linear layer
   *     rejects it)
   */
  public static Block create(int dimension) {
    return new SequentialBlock()
        .add(Linear.builder().setUnits(128).build())
        .add(Activation.reluBlock())
        .add(Linear.builder().setUnits(CODE).build())
        .add(Linear.builder().setUnits(128).build())
        .add(Activation.reluBlock())
        .add(Linear.builder().setUnits(dimension).build())
        .add(Activation.sigmoidBlock());
  }
}
