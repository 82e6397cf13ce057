package org.learn2mix.data.images;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.learn2mix.data.DataSetException;

/**
 * Decodes a JPEG or PNG file with the JDK's own decoders (javax.imageio, no native code, nothing
 * downloaded) into packed 0xRRGGBB pixels, converting as PIL's {@code convert("RGB")} does: a grey
 * image repeats its grey level in all three channels (the JDK's colour conversion would brighten
 * it, treating grey as linear light), a palette image takes its palette's colours, and an alpha
 * channel is dropped.
 */
final class ImageDecoder {
  private ImageDecoder() {}

  /**
   * The decoded image.
   *
   * @param width columns
   * @param height rows
   * @param rgb packed 0xRRGGBB pixels, row after row
   */
  record Decoded(int width, int height, int[] rgb) {}

  /**
   * Decodes {@code bytes}; {@code source} names the file in messages.
   *
   * @throws DataSetException if the bytes are no image the JDK can decode
   */
  static Decoded decode(String source, byte[] bytes) {
    BufferedImage image;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new DataSetException(source + ": not a JPEG or PNG image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof DataSetException known) {
        throw known;
      }
      // CMYK JPEGs, for one, are beyond the JDK's decoder ("Unsupported Image Type").
      throw new DataSetException(
          source
              + ": cannot decode ("
              + DataSetException.reason(e)
              + "); replace it by an RGB or grey JPEG or PNG",
          e);
    }
    return new Decoded(image.getWidth(), image.getHeight(), rgb(image));
  }

  private static int[] rgb(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    Raster raster = image.getRaster();
    boolean grey =
        image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY
            && image.getColorModel().getNumColorComponents() == 1;
    if (!grey) {
      return image.getRGB(0, 0, w, h, null, 0, w);
    }
    int bits = image.getColorModel().getComponentSize(0);
    double max = (1L << bits) - 1;
    int[] levels = raster.getSamples(0, 0, w, h, 0, (int[]) null);
    int[] rgb = new int[levels.length];
    for (int i = 0; i < levels.length; i++) {
      int v = bits == 8 ? levels[i] : (int) Math.round(levels[i] * 255 / max);
      rgb[i] = (v << 16) | (v << 8) | v;
    }
    return rgb;
  }
}
