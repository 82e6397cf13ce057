package org.learn2mix.data.images;

import org.learn2mix.data.ByteFeatures;
import org.learn2mix.data.Examples;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

/**
 * Turns loaded images into a learning task (SPEC section 7): imbalances the training set, chooses
 * how pixels become features and sets the example shape. The mixing class is the image's label.
 * Classification keeps the pixels as bytes ({@link ByteFeatures}) with each channel's map to the
 * features below, which the engine applies per batch: a quarter of the memory of floats, and the
 * same features.
 *
 * <ul>
 *   <li>Classification of grey images (MNIST, Fashion-MNIST): pixel / 255, then (x − 0.5) / 0.5, so
 *       pixels lie in [−1, 1]; shape {1, 28, 28}.
 *   <li>Classification of colour images (CIFAR): pixel / 255, then each channel standardised with
 *       the mean and standard deviation of the imbalanced training set, applied to training and
 *       test set alike; shape {3, 32, 32}. A channel that is constant in training is only centred.
 *   <li>Classification with fixed statistics (Imagenette): pixel / 255, then each channel
 *       standardised with ImageNet's mean and standard deviation; shape {3, 224, 224}.
 *   <li>Reconstruction: pixel / 255 only, image flattened; shape {784} or {3072}.
 * </ul>
 *
 * The imbalance recipe applies to the training set only; the test set is kept whole.
 */
public final class ImageTasks {
  /** ImageNet's per-channel mean (RGB) on the [0, 1] scale, as torchvision normalises with it. */
  public static final double[] IMAGENET_MEAN = {0.485, 0.456, 0.406};

  /** ImageNet's per-channel standard deviation (RGB) on the [0, 1] scale. */
  public static final double[] IMAGENET_STD = {0.229, 0.224, 0.225};

  private ImageTasks() {}

  /**
   * A classification task on {@code images}: grey images are centred to [−1, 1], colour images
   * standardised per channel with the statistics of the kept training images.
   *
   * @param name the task's name, e.g. the preset's
   * @param images the images; the training set is imbalanced, the test set kept whole
   * @param recipe which share of each class's training images to keep
   * @param seed chooses the kept images
   * @return the task, examples shaped channels × height × width
   * @throws IllegalArgumentException if the recipe's class count differs from the images'
   * @throws org.learn2mix.data.DataSetException if a class has no training images
   */
  public static TaskData classification(
      String name, LoadedImages images, ImbalanceRecipe recipe, long seed) {
    ImageSet train = images.train();
    int[] kept = keptTrainingImages(images, recipe, seed);
    Scaling scaling = train.channels() == 1 ? centredGrey() : standardised(train, kept);
    return classification(name, images, kept, scaling.shift(), scaling.divisor());
  }

  /**
   * A classification task on {@code images} normalised with fixed statistics, (pixel / 255 −
   * mean_c) / std_c per channel c, for data sets prepared like ImageNet (Imagenette).
   *
   * @param name the task's name, e.g. the preset's
   * @param images the images; the training set is imbalanced, the test set kept whole
   * @param recipe which share of each class's training images to keep
   * @param seed chooses the kept images
   * @param mean per channel, on the [0, 1] scale, e.g. {@link #IMAGENET_MEAN}
   * @param std per channel, positive, on the [0, 1] scale, e.g. {@link #IMAGENET_STD}
   * @return the task, examples shaped channels × height × width
   * @throws IllegalArgumentException if {@code mean} or {@code std} does not have one entry per
   *     channel, a standard deviation is not positive, or the recipe's class count differs from the
   *     images'
   * @throws org.learn2mix.data.DataSetException if a class has no training images
   */
  public static TaskData classification(
      String name,
      LoadedImages images,
      ImbalanceRecipe recipe,
      long seed,
      double[] mean,
      double[] std) {
    ImageSet train = images.train();
    if (mean.length != train.channels() || std.length != train.channels()) {
      throw new IllegalArgumentException(
          train.channels() + " channels need as many means and standard deviations");
    }
    for (double s : std) {
      if (!(s > 0)) {
        throw new IllegalArgumentException("standard deviation " + s + " must be positive");
      }
    }
    int[] kept = keptTrainingImages(images, recipe, seed);
    return classification(name, images, kept, mean, std);
  }

  /**
   * A classification task on the training images {@code kept} and all test images, each channel
   * standardised with the mean and standard deviation of the kept training images (a channel
   * constant in training only centred): for images of one's own, whose statistics nobody published.
   *
   * @param name the task's name
   * @param images the images, split into training and test
   * @param kept the training images to use, indices into {@code images.train()}, e.g. an imbalanced
   *     selection
   * @return the task, examples shaped channels × height × width and stored as bytes
   */
  public static TaskData standardisedClassification(String name, LoadedImages images, int[] kept) {
    Scaling scaling = standardised(images.train(), kept);
    return classification(name, images, kept, scaling.shift(), scaling.divisor());
  }

  /**
   * A reconstruction task on {@code images}: each image is both input and target.
   *
   * @param name the task's name, e.g. the preset's
   * @param images the images; the training set is imbalanced, the test set kept whole
   * @param recipe which share of each class's training images to keep
   * @param seed chooses the kept images
   * @return the task, examples flattened to channels · height · width values in [0, 1]
   * @throws IllegalArgumentException if the recipe's class count differs from the images'
   * @throws org.learn2mix.data.DataSetException if a class has no training images
   */
  public static TaskData reconstruction(
      String name, LoadedImages images, ImbalanceRecipe recipe, long seed) {
    ImageSet train = images.train();
    int[] kept = keptTrainingImages(images, recipe, seed);
    long[] shape = {train.pixelsPerImage()};
    return new TaskData(
        name,
        Task.RECONSTRUCTION,
        floats(train, kept, shape),
        floats(images.test(), null, shape),
        images.classNames());
  }

  /**
   * The classification task of the kept training images and all test images, stored as bytes and
   * decoded alike.
   */
  private static TaskData classification(
      String name, LoadedImages images, int[] kept, double[] shift, double[] divisor) {
    ImageSet train = images.train();
    long[] shape = {train.channels(), train.height(), train.width()};
    return new TaskData(
        name,
        Task.CLASSIFICATION,
        bytes(train, kept, shape, shift, divisor),
        bytes(images.test(), null, shape, shift, divisor),
        images.classNames());
  }

  private static int[] keptTrainingImages(LoadedImages images, ImbalanceRecipe recipe, long seed) {
    if (recipe.classCount() != images.classCount()) {
      throw new IllegalArgumentException(
          "the imbalance recipe has "
              + recipe.classCount()
              + " classes, the data set "
              + images.classCount());
    }
    return recipe.select(images.train().labels(), seed);
  }

  /** Per-channel shift and divisor of the map from byte to feature. */
  private record Scaling(double[] shift, double[] divisor) {}

  /** Grey images centred to [−1, 1]: (x − 0.5) / 0.5. */
  private static Scaling centredGrey() {
    return new Scaling(new double[] {0.5}, new double[] {0.5});
  }

  private static Scaling standardised(ImageSet train, int[] kept) {
    ChannelStatistics statistics = ChannelStatistics.of(train, kept);
    double[] divisor = new double[train.channels()];
    for (int c = 0; c < divisor.length; c++) {
      double std = statistics.std()[c];
      divisor[c] = std > 0 ? std : 1;
    }
    return new Scaling(statistics.mean(), divisor);
  }

  /**
   * The images {@code indices} of {@code set} (all if null) as bytes with their map; all images
   * share the set's array rather than copying it.
   */
  private static Examples bytes(
      ImageSet set, int[] indices, long[] shape, double[] shift, double[] divisor) {
    byte[] values;
    int[] classes;
    if (indices == null) {
      values = set.pixels();
      classes = set.labels();
    } else {
      int perImage = set.pixelsPerImage();
      values = new byte[Math.multiplyExact(indices.length, perImage)];
      classes = new int[indices.length];
      for (int i = 0; i < indices.length; i++) {
        System.arraycopy(set.pixels(), indices[i] * perImage, values, i * perImage, perImage);
        classes[i] = set.labels()[indices[i]];
      }
    }
    return Examples.ofBytes(new ByteFeatures(values, shift, divisor), shape, classes);
  }

  /** The images {@code indices} of {@code set} (all if null) as floats in [0, 1]. */
  private static Examples floats(ImageSet set, int[] indices, long[] shape) {
    int images = indices == null ? set.count() : indices.length;
    int perImage = set.pixelsPerImage();
    byte[] pixels = set.pixels();
    float[] table = new ByteFeatures(new byte[0], new double[] {0}, new double[] {1}).table(0);
    float[] features = new float[Math.multiplyExact(images, perImage)];
    int[] classes = new int[images];
    int out = 0;
    for (int i = 0; i < images; i++) {
      int image = indices == null ? i : indices[i];
      classes[i] = set.labels()[image];
      for (int in = image * perImage, end = in + perImage; in < end; in++) {
        features[out++] = table[pixels[in] & 0xff];
      }
    }
    return new Examples(features, shape, null, 0, classes);
  }
}
