package org.learn2mix.data.images;

/**
 * The mean and standard deviation of each colour channel over a set of images, on the [0, 1] scale
 * (pixel / 255). The standard deviation is the population one (divisor N), as NumPy's default gives
 * it.
 *
 * <p>Computed from a histogram of the 256 byte values per channel, which is exact and takes one
 * pass of integer increments over the pixels.
 *
 * @param mean per channel
 * @param std per channel
 */
record ChannelStatistics(double[] mean, double[] std) {
  /** The statistics of the images {@code indices} of {@code set}, or of all if null. */
  static ChannelStatistics of(ImageSet set, int[] indices) {
    int channels = set.channels();
    int plane = set.height() * set.width();
    long[][] histogram = new long[channels][256];
    byte[] pixels = set.pixels();
    int images = indices == null ? set.count() : indices.length;
    for (int i = 0; i < images; i++) {
      int at = (indices == null ? i : indices[i]) * set.pixelsPerImage();
      for (int c = 0; c < channels; c++) {
        long[] counts = histogram[c];
        for (int end = at + plane; at < end; at++) {
          counts[pixels[at] & 0xff]++;
        }
      }
    }
    double[] mean = new double[channels];
    double[] std = new double[channels];
    for (int c = 0; c < channels; c++) {
      double n = 0, sum = 0;
      for (int v = 0; v < 256; v++) {
        n += histogram[c][v];
        sum += histogram[c][v] * (v / 255.0);
      }
      mean[c] = n == 0 ? 0 : sum / n;
      double squares = 0;
      for (int v = 0; v < 256; v++) {
        double d = v / 255.0 - mean[c];
        squares += histogram[c][v] * d * d;
      }
      std[c] = n == 0 ? 0 : Math.sqrt(squares / n);
    }
    return new ChannelStatistics(mean, std);
  }
}
