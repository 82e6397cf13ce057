package org.learn2mix.data.images;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.learn2mix.data.DataSetException;

/**
 * Decodes a JPEG, PNG, GIF or BMP file with the JDK's own decoders (javax.imageio, no native code,
 * nothing downloaded) into packed 0xRRGGBB pixels, converting as PIL's {@code convert("RGB")} does:
 * a grey image repeats its grey level in all three channels (the JDK's colour conversion would
 * brighten it, treating grey as linear light), a palette image takes its palette's colours, and an
 * alpha channel is dropped.
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
      ImageReader reader = reader(source, in);
      try {
        reader.setInput(in, true, true);
        image = reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw cannotDecode(source, e, bytes);
    }
    return new Decoded(image.getWidth(), image.getHeight(), rgb(image));
  }

  /**
   * What an image file's header says, read without decoding its pixels.
   *
   * @param width columns
   * @param height rows
   * @param grey whether its pixels are grey levels: a grey colour space, or a palette of greys
   */
  record Header(int width, int height, boolean grey) {}

  /**
   * Reads the header of {@code file}.
   *
   * @throws DataSetException if the file cannot be read or is no image the JDK can decode
   */
  static Header header(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        throw new DataSetException(file + ": cannot be read");
      }
      ImageReader reader = reader(file.toString(), in);
      try {
        reader.setInput(in, true, true);
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
          Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
          type = types.hasNext() ? types.next() : null;
        }
        return new Header(
            reader.getWidth(0), reader.getHeight(0), type != null && grey(type.getColorModel()));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException unreadable) {
        bytes = new byte[0];
      }
      throw cannotDecode(file.toString(), e, bytes);
    }
  }

  private static ImageReader reader(String source, ImageInputStream in) {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new DataSetException(source + ": not a JPEG, PNG, GIF or BMP image");
    }
    return readers.next();
  }

  private static DataSetException cannotDecode(String source, Exception e, byte[] bytes) {
    if (e instanceof DataSetException known) {
      return known;
    }
    String reason = DataSetException.reason(e);
    if (truncatedPng(bytes)) {
      reason = "a truncated PNG: it stops before its end chunk";
    } else if (reason.contains("Unsupported Image Type")) {
      reason = "a JPEG colour type the JDK's decoder does not read: " + reason;
    } else if (e instanceof EOFException || e.getCause() instanceof EOFException) {
      reason = "the file ends early: " + reason;
    }
    return new DataSetException(
        source
            + ": cannot decode ("
            + reason
            + "); replace it by an RGB or grey JPEG, PNG, GIF or BMP",
        e);
  }

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** Whether {@code bytes} start as a PNG file does but lack the IEND chunk every PNG ends with. */
  static boolean truncatedPng(byte[] bytes) {
    if (bytes.length < PNG_SIGNATURE.length
        || !Arrays.equals(bytes, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
      return false;
    }
    byte[] end = {'I', 'E', 'N', 'D'};
    return bytes.length < 12
        || !Arrays.equals(bytes, bytes.length - 8, bytes.length - 4, end, 0, 4);
  }

  private static boolean grey(ColorModel model) {
    if (model instanceof IndexColorModel palette) {
      for (int i = 0; i < palette.getMapSize(); i++) {
        int r = palette.getRed(i);
        if (r != palette.getGreen(i) || r != palette.getBlue(i)) {
          return false;
        }
      }
      return true;
    }
    return model.getColorSpace().getType() == ColorSpace.TYPE_GRAY
        && model.getNumColorComponents() == 1;
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
