package org.learn2mix.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;

/**
 * LeNet-5 as published for (Fashion-)MNIST: conv 1→6 5×5, ReLU, max-pool 2; conv 6→16 5×5, ReLU,
 * max-pool 2; fc 256→120, ReLU; fc 120→84, ReLU; fc 84→10. (DJL's model-zoo LeNet is the older
 * sigmoid/average-pool variant, hence our own.)
 */
public final class LeNet5 {
  private LeNet5() {}

  /**
   * A new, uninitialised network for 1×28×28 inputs, as published; DJL sizes each layer from the
   * input when the network is initialised, so it takes any channel count and any image of at least
   * 16×16 pixels as well.
   *
   * @param classes k, the number of outputs (10 in the published experiments), at least 1
   * @return a block taking (B, 1, 28, 28) images and returning (B, k) logits (no softmax)
   * @throws IllegalArgumentException if {@code classes} is less than 1 (DJL's linear layer rejects
   *     it)
   */
  public static Block create(int classes) {
    return new SequentialBlock()
        .add(conv(6, 5, 0))
        .add(Activation.reluBlock())
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(conv(16, 5, 0))
        .add(Activation.reluBlock())
        .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)))
        .add(Blocks.batchFlattenBlock())
        .add(Linear.builder().setUnits(120).build())
        .add(Activation.reluBlock())
        .add(Linear.builder().setUnits(84).build())
        .add(Activation.reluBlock())
        .add(Linear.builder().setUnits(classes).build());
  }

  static Block conv(int filters, int kernel, int padding) {
    return Conv2d.builder()
        .setFilters(filters)
        .setKernelShape(new Shape(kernel, kernel))
        .optPadding(new Shape(padding, padding))
        .build();
  }
}
