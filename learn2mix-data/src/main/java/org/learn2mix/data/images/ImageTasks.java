package org.learn2mix.data.images;

import java.util.Arrays;
import org.learn2mix.data.Examples;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

/**
 * Turns loaded images into a learning task (SPEC section 7): imbalances the training set, scales
 * the pixels to floats and sets the example shape. The mixing class is the image's label.
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
    float[][] scale = train.channels() == 1 ? centredGrey() : standardised(train, kept);
    long[] shape = {train.channels(), train.height(), train.width()};
    return task(name, Task.CLASSIFICATION, images, kept, scale, shape);
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
    float[][] scale = new float[train.channels()][];
    for (int c = 0; c < scale.length; c++) {
      if (!(std[c] > 0)) {
        throw new IllegalArgumentException("standard deviation " + std[c] + " must be positive");
      }
      scale[c] = table(mean[c], std[c]);
    }
    int[] kept = keptTrainingImages(images, recipe, seed);
    long[] shape = {train.channels(), train.height(), train.width()};
    return task(name, Task.CLASSIFICATION, images, kept, scale, shape);
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
    float[][] scale = new float[train.channels()][];
    Arrays.fill(scale, table(0, 1));
    long[] shape = {train.pixelsPerImage()};
    return task(name, Task.RECONSTRUCTION, images, kept, scale, shape);
  }

  /** The task of the kept training images and all test images, scaled and shaped alike. */
  private static TaskData task(
      String name, Task task, LoadedImages images, int[] kept, float[][] scale, long[] shape) {
    return new TaskData(
        name,
        task,
        examples(images.train(), kept, scale, shape),
        examples(images.test(), null, scale, shape),
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

  private static float[][] centredGrey() {
    return new float[][] {table(0.5, 0.5)};
  }

  private static float[][] standardised(ImageSet train, int[] kept) {
    ChannelStatistics statistics = ChannelStatistics.of(train, kept);
    float[][] tables = new float[train.channels()][];
    for (int c = 0; c < tables.length; c++) {
      double std = statistics.std()[c];
      tables[c] = table(statistics.mean()[c], std > 0 ? std : 1);
    }
    return tables;
  }

  /**
   * The float for each byte value, (v / 255 − shift) / divisor, computed in double and rounded
   * once: a table lookup per pixel is the fastest conversion and gives the same value everywhere.
   */
  private static float[] table(double shift, double divisor) {
    float[] table = new float[256];
    for (int v = 0; v < 256; v++) {
      table[v] = (float) ((v / 255.0 - shift) / divisor);
    }
    return table;
  }

  /** The images {@code indices} of {@code set} (all if null), scaled by per-channel tables. */
  private static Examples examples(ImageSet set, int[] indices, float[][] scale, long[] shape) {
    int images = indices == null ? set.count() : indices.length;
    int perImage = set.pixelsPerImage();
    int plane = set.height() * set.width();
    byte[] pixels = set.pixels();
    float[] features = new float[Math.multiplyExact(images, perImage)];
    int[] classes = new int[images];
    int out = 0;
    for (int i = 0; i < images; i++) {
      int image = indices == null ? i : indices[i];
      classes[i] = set.labels()[image];
      int in = image * perImage;
      for (float[] table : scale) {
        for (int end = in + plane; in < end; in++) {
          features[out++] = table[pixels[in] & 0xff];
        }
      }
    }
    return new Examples(features, shape, null, 0, classes);
  }
}
