package org.learn2mix.data.published;

import java.util.List;

/** The class names of the image data sets, in label order, as their publishers list them. */
public final class ImageClassNames {
  /** MNIST's digits, {@code 0} to {@code 9}: label n is the digit n. */
  public static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** Fashion-MNIST's ten kinds of clothing, as Zalando's README lists them. */
  public static final List<String> FASHION =
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot");

  /** From {@code batches.meta.txt} of the CIFAR-10 binary release. */
  public static final List<String> CIFAR10 =
      List.of(
          "airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck");

  /** From {@code fine_label_names.txt} of the CIFAR-100 binary release (alphabetical). */
  public static final List<String> CIFAR100 =
      List.of(
          "apple",
          "aquarium_fish",
          "baby",
          "bear",
          "beaver",
          "bed",
          "bee",
          "beetle",
          "bicycle",
          "bottle",
          "bowl",
          "boy",
          "bridge",
          "bus",
          "butterfly",
          "camel",
          "can",
          "castle",
          "caterpillar",
          "cattle",
          "chair",
          "chimpanzee",
          "clock",
          "cloud",
          "cockroach",
          "couch",
          "crab",
          "crocodile",
          "cup",
          "dinosaur",
          "dolphin",
          "elephant",
          "flatfish",
          "forest",
          "fox",
          "girl",
          "hamster",
          "house",
          "kangaroo",
          "keyboard",
          "lamp",
          "lawn_mower",
          "leopard",
          "lion",
          "lizard",
          "lobster",
          "man",
          "maple_tree",
          "motorcycle",
          "mountain",
          "mouse",
          "mushroom",
          "oak_tree",
          "orange",
          "orchid",
          "otter",
          "palm_tree",
          "pear",
          "pickup_truck",
          "pine_tree",
          "plain",
          "plate",
          "poppy",
          "porcupine",
          "possum",
          "rabbit",
          "raccoon",
          "ray",
          "road",
          "rocket",
          "rose",
          "sea",
          "seal",
          "shark",
          "shrew",
          "skunk",
          "skyscraper",
          "snail",
          "snake",
          "spider",
          "squirrel",
          "streetcar",
          "sunflower",
          "sweet_pepper",
          "table",
          "tank",
          "telephone",
          "television",
          "tiger",
          "tractor",
          "train",
          "trout",
          "tulip",
          "turtle",
          "wardrobe",
          "whale",
          "willow_tree",
          "wolf",
          "woman",
          "worm");

  private ImageClassNames() {}
}
