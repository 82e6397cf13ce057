package org.learn2mix.data.images;

/**
 * Images as they come out of a data file: 8-bit pixels and a label per image.
 *
 * @param count number of images
 * @param channels colour channels per image (1 for grey, 3 for RGB)
 * @param height rows per image
 * @param width columns per image
 * @param pixels all pixels, image after image, each image channel-major (CHW): every row of the
 *     first channel, then the second channel, and so on
 * @param labels the label of every image, 0-based
 */
public record ImageSet(
    int count, int channels, int height, int width, byte[] pixels, int[] labels) {
  /**
   * Checks that the arrays agree with the dimensions. The arrays are held as given, not copied.
   *
   * @param count number of images, 0 or more
   * @param channels colour channels per image, at least 1
   * @param height rows per image, at least 1
   * @param width columns per image, at least 1
   * @param pixels count × channels × height × width pixels, image after image, each channel-major
   * @param labels the label of every image, 0-based; one per image
   * @throws IllegalArgumentException if a dimension is out of range, or the arrays do not hold one
   *     image's pixels and one label per image
   */
  public ImageSet {
    if (count < 0 || channels < 1 || height < 1 || width < 1) {
      throw new IllegalArgumentException(
          "bad image set dimensions: "
              + count
              + " images of "
              + channels
              + "x"
              + height
              + "x"
              + width);
    }
    if ((long) count * channels * height * width != pixels.length) {
      throw new IllegalArgumentException(
          pixels.length
              + " pixels do not make "
              + count
              + " images of "
              + channels
              + "x"
              + height
              + "x"
              + width);
    }
    if (labels.length != count) {
      throw new IllegalArgumentException(labels.length + " labels for " + count + " images");
    }
  }

  /**
   * Pixels per image, all channels together.
   *
   * @return channels × height × width
   */
  public int pixelsPerImage() {
    return channels * height * width;
  }

  /**
   * How many images each of {@code k} classes has.
   *
   * @param k number of classes
   * @return a fresh array of {@code k} counts, entry c holding the number of images labelled c
   * @throws IllegalArgumentException if a label lies outside 0..k-1
   */
  public int[] classCounts(int k) {
    int[] counts = new int[k];
    for (int n = 0; n < count; n++) {
      int label = labels[n];
      if (label < 0 || label >= k) {
        throw new IllegalArgumentException(
            "image " + n + " has label " + label + ", outside 0.." + (k - 1));
      }
      counts[label]++;
    }
    return counts;
  }
}
