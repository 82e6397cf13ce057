package org.learn2mix.model;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.util.Pair;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard ResNet-18 (He et al. 2016) as torchvision builds it, for 3×224×224 images: conv 7×7
 * stride 2 with 64 filters, batch norm, ReLU, max-pool 3×3 stride 2; four stages of two basic
 * blocks with 64, 128, 256 and 512 filters, each stage after the first halving the resolution in
 * its first block (whose shortcut is then a 1×1 convolution with batch norm); global average pool;
 * fc 512→k. Convolutions have no bias; batch norm has ε = 1e-5 and PyTorch's momentum 0.1.
 *
 * <p>11,181,642 trainable parameters for k = 10, as torchvision's {@code resnet18(num_classes=10)}.
 * (DJL's model-zoo ResNetV1 is a CIFAR-style variant with about 0.9 M parameters at depth 18.)
 *
 * <p>Initialised as torchvision does: convolutions N(0, 2/fan-out), batch norm scale 1 and shift 0,
 * the final fc layer with PyTorch's default.
 */
public final class ResNet18 extends SequentialBlock implements TorchInitialised {
  private static final int[] STAGE_FILTERS = {64, 128, 256, 512};

  private ResNet18(int classes) {
    add(conv(64, 7, 2, 3))
        .add(BatchNorm.builder().build())
        .add(Activation.reluBlock())
        .add(Pool.maxPool2dBlock(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1)));
    int inputFilters = 64;
    for (int stage = 0; stage < STAGE_FILTERS.length; stage++) {
      int filters = STAGE_FILTERS[stage];
      int stride = stage == 0 ? 1 : 2;
      add(basicBlock(filters, stride, stride != 1 || inputFilters != filters));
      add(basicBlock(filters, 1, false));
      inputFilters = filters;
    }
    add(Pool.globalAvgPool2dBlock())
        .add(Blocks.batchFlattenBlock())
        .add(Linear.builder().setUnits(classes).build());
  }

  /**
   * A new, uninitialised network for 3×224×224 inputs, as published; its first convolution takes
   * any channel count and the global average pool any image size.
   *
   * @param classes k, the number of outputs, at least 1
   * @return a block taking (B, 3, 224, 224) images and returning (B, k) logits (no softmax)
   * @throws IllegalArgumentException if {@code classes} is less than 1
   */
  public static ResNet18 create(int classes) {
    if (classes < 1) {
      throw new IllegalArgumentException("a classifier needs at least one class, got " + classes);
    }
    return new ResNet18(classes);
  }

  /**
   * Two 3×3 convolutions with batch norm, ReLU between them, the shortcut added before the final
   * ReLU; with {@code project}, the shortcut is a strided 1×1 convolution with batch norm.
   */
  static Block basicBlock(int filters, int stride, boolean project) {
    SequentialBlock residual =
        new SequentialBlock()
            .add(conv(filters, 3, stride, 1))
            .add(BatchNorm.builder().build())
            .add(Activation.reluBlock())
            .add(conv(filters, 3, 1, 1))
            .add(BatchNorm.builder().build());
    Block shortcut =
        project
            ? new SequentialBlock()
                .add(conv(filters, 1, stride, 0))
                .add(BatchNorm.builder().build())
            : Blocks.identityBlock();
    return new SequentialBlock()
        .add(
            new ParallelBlock(
                outputs ->
                    new NDList(
                        outputs.get(0).singletonOrThrow().add(outputs.get(1).singletonOrThrow())),
                List.of(residual, shortcut)))
        .add(Activation.reluBlock());
  }

  private static Block conv(int filters, int kernel, int stride, int padding) {
    return Conv2d.builder()
        .setFilters(filters)
        .setKernelShape(new Shape(kernel, kernel))
        .optStride(new Shape(stride, stride))
        .optPadding(new Shape(padding, padding))
        .optBias(false)
        .build();
  }

  /**
   * Every convolution weight follows {@link TorchInit#KAIMING_NORMAL_FAN_OUT}, as in torchvision;
   * the batch norms keep DJL's ones and zeros and the final fc layer the default.
   *
   * @return the weight of each of the network's 20 convolutions with its rule
   */
  @Override
  public Map<Parameter, TorchInit> torchInitialisation() {
    Map<Parameter, TorchInit> rules = new IdentityHashMap<>();
    collectConvolutions(this, rules);
    return rules;
  }

  private static void collectConvolutions(Block block, Map<Parameter, TorchInit> rules) {
    if (block instanceof Conv2d) {
      for (Pair<String, Parameter> p : block.getParameters()) {
        if (p.getValue().getType() == Parameter.Type.WEIGHT) {
          rules.put(p.getValue(), TorchInit.KAIMING_NORMAL_FAN_OUT);
        }
      }
    }
    for (Pair<String, Block> child : block.getChildren()) {
      collectConvolutions(child.getValue(), rules);
    }
  }
}
