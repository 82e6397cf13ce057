package org.learn2mix.data.images;

/**
 * Resizes an RGB image with the bilinear filter as PIL applies it (and so torchvision's {@code
 * Resize} on PIL images): a triangle filter whose support widens by the scale factor when the image
 * shrinks, so that every source pixel contributes (antialiasing), pixel centres aligned, first
 * along rows and then along columns. Unlike PIL, the value between the two passes is kept as a
 * float rather than rounded to 8 bits, so a pixel can differ from PIL's by one grey level.
 */
final class ImageResampler {
  private ImageResampler() {}

  /**
   * The weights of one output pixel along one axis.
   *
   * @param first the first source pixel it reads
   * @param weights the weight of each source pixel from {@code first} on; they sum to 1
   */
  record Taps(int first, double[] weights) {}

  /** The taps of every output pixel when {@code in} pixels become {@code out}. */
  static Taps[] taps(int in, int out) {
    double scale = (double) in / out;
    double filterScale = Math.max(scale, 1.0);
    double support = filterScale; // the triangle reaches 1 pixel, times the shrink factor
    Taps[] taps = new Taps[out];
    for (int o = 0; o < out; o++) {
      double centre = (o + 0.5) * scale;
      int first = Math.max((int) Math.floor(centre - support + 0.5), 0);
      int last = Math.min((int) Math.floor(centre + support + 0.5), in);
      double[] weights = new double[last - first];
      double total = 0;
      for (int i = 0; i < weights.length; i++) {
        double x = (first + i - centre + 0.5) / filterScale;
        weights[i] = Math.max(0, 1 - Math.abs(x));
        total += weights[i];
      }
      for (int i = 0; i < weights.length; i++) {
        weights[i] /= total;
      }
      taps[o] = new Taps(first, weights);
    }
    return taps;
  }

  /**
   * Resizes a {@code width}×{@code height} image of packed 0xRRGGBB pixels (row after row) to
   * {@code side}×{@code side} and writes it channel-major (every row of red, then green, then blue)
   * into {@code into} from {@code offset}, rounded to bytes.
   */
  static void resize(int[] rgb, int width, int height, int side, byte[] into, int offset) {
    resize(rgb, width, height, side, side, 3, into, offset);
  }

  /**
   * Resizes a {@code width}×{@code height} image of packed 0xRRGGBB pixels (row after row) to
   * {@code outWidth}×{@code outHeight} and writes {@code channels} channels channel-major into
   * {@code into} from {@code offset}, rounded to bytes: red, green and blue for 3, the grey level
   * (the blue byte, which a grey image repeats in all three) for 1.
   */
  static void resize(
      int[] rgb,
      int width,
      int height,
      int outWidth,
      int outHeight,
      int channels,
      byte[] into,
      int offset) {
    Taps[] across = taps(width, outWidth);
    Taps[] down = taps(height, outHeight);
    float[] rows = new float[channels * height * outWidth];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < outWidth; x++) {
        Taps t = across[x];
        for (int c = 0; c < channels; c++) {
          int shift = shift(c, channels);
          double v = 0;
          for (int i = 0; i < t.weights().length; i++) {
            v += t.weights()[i] * ((rgb[y * width + t.first() + i] >> shift) & 0xff);
          }
          rows[(c * height + y) * outWidth + x] = (float) v;
        }
      }
    }
    for (int c = 0; c < channels; c++) {
      for (int y = 0; y < outHeight; y++) {
        Taps t = down[y];
        for (int x = 0; x < outWidth; x++) {
          double v = 0;
          for (int i = 0; i < t.weights().length; i++) {
            v += t.weights()[i] * rows[(c * height + t.first() + i) * outWidth + x];
          }
          long rounded = Math.round(v);
          into[offset + (c * outHeight + y) * outWidth + x] =
              (byte) Math.max(0, Math.min(255, rounded));
        }
      }
    }
  }

  /**
   * Writes an image of packed 0xRRGGBB pixels as it is, {@code channels} channels channel-major,
   * into {@code into} from {@code offset}: as {@link #resize} at the same size, without the
   * arithmetic.
   */
  static void copy(int[] rgb, int channels, byte[] into, int offset) {
    for (int c = 0; c < channels; c++) {
      int shift = shift(c, channels);
      int at = offset + c * rgb.length;
      for (int p = 0; p < rgb.length; p++) {
        into[at + p] = (byte) (rgb[p] >> shift);
      }
    }
  }

  /** Where channel {@code c} of {@code channels} lies in a packed 0xRRGGBB pixel. */
  private static int shift(int c, int channels) {
    return channels == 1 ? 0 : 16 - 8 * c;
  }
}
