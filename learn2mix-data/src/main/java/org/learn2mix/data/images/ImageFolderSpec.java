package org.learn2mix.data.images;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An image folder of one's own and how to prepare it (SPEC section 9): the folder, the size to
 * resize to, how to split it when it has no test folder, and which classes to make rare.
 *
 * @param root the folder holding {@code train/<class>/} and optionally {@code test/<class>/} or
 *     {@code val/<class>/}
 * @param imageSize the width and height every image is resized to, or 0 to keep the images' own
 *     size (which all of them must then share)
 * @param testFraction the share of each class's images held out for testing when the folder has no
 *     test folder, in (0, 1)
 * @param splitSeed fixes that split, the same for every training seed
 * @param keep for some classes, by name, the fraction of their training images kept, in (0, 1]
 */
public record ImageFolderSpec(
    Path root, int imageSize, double testFraction, long splitSeed, Map<String, Double> keep) {
  /**
   * Checks the values and copies the fractions.
   *
   * @param root the folder
   * @param imageSize the side to resize to, or 0 to keep the images' own size
   * @param testFraction the share of each class held out when there is no test folder, in (0, 1)
   * @param splitSeed fixes the split
   * @param keep fractions kept by class name, each in (0, 1]; copied, order kept
   * @throws IllegalArgumentException if the folder is missing, the size is negative, or a fraction
   *     lies outside its range
   */
  public ImageFolderSpec {
    if (root == null) {
      throw new IllegalArgumentException("an image folder is needed");
    }
    if (imageSize < 0) {
      throw new IllegalArgumentException("the image size must be positive, was " + imageSize);
    }
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException(
          "the test fraction must lie in (0, 1), was " + testFraction);
    }
    Map<String, Double> copy = new LinkedHashMap<>(keep);
    copy.forEach(
        (name, fraction) -> {
          if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException(
                "class " + name + " keeps " + fraction + "; a fraction must lie in (0, 1]");
          }
        });
    keep = Collections.unmodifiableMap(copy);
  }
}
