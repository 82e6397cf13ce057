package org.learn2mix.experiment;

import ai.djl.nn.Block;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.learn2mix.model.CifarLeNet;
import org.learn2mix.model.LeNet5;
import org.learn2mix.model.ResNet18;

/**
 * The networks an image folder of one's own can train. Each takes any channel count, image size and
 * class count (DJL sizes each layer from its input when the network is initialised); the
 * convolutions and poolings only need images of at least {@link #minimumSide()} pixels a side.
 */
public enum ImageModel {
  /** LeNet-5 of the (Fashion-)MNIST presets: two 5×5 convolutions, three dense layers. */
  LENET("lenet", "LeNet-5", 16, 256),
  /** The CIFAR presets' network: three 3×3 convolutions, two dense layers with dropout. */
  CIFAR_LENET("cifar-lenet", "CIFAR-LeNet", 8, 256),
  /**
   * ResNet-18 of the Imagenette preset, with batch norm and a global average pool; it holds far
   * more activations per example, so its default batches are smaller.
   */
  RESNET18("resnet18", "ResNet-18", 1, 64);

  /** Grey images up to this many pixels a side default to LeNet-5. */
  public static final int LENET_UP_TO = 32;

  /** Other images up to this many pixels a side default to CIFAR-LeNet, larger to ResNet-18. */
  public static final int CIFAR_LENET_UP_TO = 64;

  /** The rule {@link #defaultFor} follows, in words. */
  public static final String RULE =
      "grey images up to "
          + LENET_UP_TO
          + " px a side: lenet; other images up to "
          + CIFAR_LENET_UP_TO
          + " px: cifar-lenet; larger: resnet18";

  private final String label;
  private final String title;
  private final int minimumSide;
  private final int maxDefaultBatch;

  ImageModel(String label, String title, int minimumSide, int maxDefaultBatch) {
    this.label = label;
    this.title = title;
    this.minimumSide = minimumSide;
    this.maxDefaultBatch = maxDefaultBatch;
  }

  /**
   * How hyperparameters are chosen for this network.
   *
   * @return the image rule with this network's largest default batch
   */
  public OwnDataDefaults.Rule defaultsRule() {
    return OwnDataDefaults.images(title, maxDefaultBatch);
  }

  /** The name users type, e.g. {@code cifar-lenet}. */
  public String label() {
    return label;
  }

  /** The network's name in prose, e.g. {@code CIFAR-LeNet}. */
  public String title() {
    return title;
  }

  /** The fewest pixels a side the network's convolutions and poolings take. */
  public int minimumSide() {
    return minimumSide;
  }

  /** A fresh, uninitialised network with {@code classes} outputs. */
  public Block create(int classes) {
    return switch (this) {
      case LENET -> LeNet5.create(classes);
      case CIFAR_LENET -> CifarLeNet.create(classes);
      case RESNET18 -> ResNet18.create(classes);
    };
  }

  /**
   * The network for images of {@code channels} channels and the given size, by {@link #RULE}; an
   * image too small for LeNet-5 gets CIFAR-LeNet.
   */
  public static ImageModel defaultFor(int channels, int height, int width) {
    int longest = Math.max(height, width);
    int shortest = Math.min(height, width);
    if (channels == 1 && longest <= LENET_UP_TO && shortest >= LENET.minimumSide) {
      return LENET;
    }
    return longest <= CIFAR_LENET_UP_TO ? CIFAR_LENET : RESNET18;
  }

  /**
   * The network called {@code label}.
   *
   * @throws UsageException listing the names if there is none
   */
  public static ImageModel fromLabel(String label) {
    for (ImageModel model : values()) {
      if (model.label.equals(label.strip().toLowerCase(Locale.ROOT))) {
        return model;
      }
    }
    throw new UsageException(
        "--model must be one of "
            + Arrays.stream(values()).map(ImageModel::label).collect(Collectors.joining(", "))
            + ", was "
            + label);
  }
}
