package org.learn2mix.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.pooling.Pool;

/**
 * The CIFAR network of the published experiments: three 3×3 convolutions with padding 1
 * (3→16→32→64), each followed by ReLU and max-pool 2; fc 1024→500, ReLU, dropout 0.5, fc 500→k.
 */
public final class CifarLeNet {
  private CifarLeNet() {}

  /**
   * A new, uninitialised network for 3×32×32 inputs, as published; DJL sizes each layer from the
   * input when the network is initialised, so it takes any channel count and any image of at least
   * 8×8 pixels as well.
   *
   * @param classes k, the number of outputs, at least 1
   * @return a block taking (B, 3, 32, 32) images and returning (B, k) logits (no softmax)
   * @throws IllegalArgumentException if {@code classes} is less than 1 (DJL's linear layer rejects
   *     it)
   */
  public static Block create(int classes) {
    SequentialBlock net = new SequentialBlock();
    for (int filters : new int[] {16, 32, 64}) {
      net.add(LeNet5.conv(filters, 3, 1))
          .add(Activation.reluBlock())
          .add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
    }
    return net.add(Blocks.batchFlattenBlock())
        .add(Linear.builder().setUnits(500).build())
        .add(Activation.reluBlock())
        .add(Dropout.builder().optRate(0.5f).build())
        .add(Linear.builder().setUnits(classes).build());
  }
}
