package org.learn2mix.data.idx;

import java.nio.file.Path;
import java.util.Arrays;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.images.ImageSet;

/**
 * Parses the IDX files of MNIST and Fashion-MNIST: a big-endian header (magic number, then one
 * 32-bit size per dimension) followed by unsigned bytes.
 *
 * <p>The whole content is in memory already (it has to be checksummed anyway), so parsing is a
 * header check and one array copy. Every length is checked exactly: a short file is a broken
 * download, and a long one is not the file its header describes.
 */
public final class IdxReader {
  /** Unsigned bytes in three dimensions: count, rows, columns. */
  public static final int IMAGES_MAGIC = 0x00000803;

  /** Unsigned bytes in one dimension: count. */
  public static final int LABELS_MAGIC = 0x00000801;

  private static final int IMAGES_HEADER = 16;
  private static final int LABELS_HEADER = 8;

  private IdxReader() {}

  /** The images of an IDX image file, grey, one byte per pixel, row after row. */
  record IdxImages(int count, int rows, int cols, byte[] pixels) {}

  /** Parses an image file's {@code content} (decompressed); {@code file} is for messages. */
  static IdxImages images(Path file, byte[] content) {
    checkMagic(file, content, IMAGES_MAGIC, IMAGES_HEADER, "image");
    int count = intAt(content, 4);
    int rows = intAt(content, 8);
    int cols = intAt(content, 12);
    if (count < 0 || rows < 1 || cols < 1 || (long) rows * cols > Integer.MAX_VALUE) {
      throw new DataSetException(
          file + ": header gives impossible dimensions " + count + " x " + rows + " x " + cols);
    }
    long imageBytes = (long) rows * cols;
    long expected = IMAGES_HEADER + count * imageBytes;
    if (content.length < expected) {
      long whole = (content.length - IMAGES_HEADER) / imageBytes;
      throw new DataSetException(
          String.format(
              "%s: truncated: header promises %d images of %dx%d but the file ends after %d"
                  + " images (%d of %d bytes); download it again",
              file, count, rows, cols, whole, content.length, expected));
    }
    checkNoTrailingBytes(file, content.length, expected, count + " images of " + rows + "x" + cols);
    return new IdxImages(
        count, rows, cols, Arrays.copyOfRange(content, IMAGES_HEADER, content.length));
  }

  /**
   * Parses a label file's {@code content} (decompressed); every label must lie in 0..classCount-1.
   */
  static int[] labels(Path file, byte[] content, int classCount) {
    checkMagic(file, content, LABELS_MAGIC, LABELS_HEADER, "label");
    int count = intAt(content, 4);
    if (count < 0) {
      throw new DataSetException(file + ": header gives a negative label count " + count);
    }
    long expected = LABELS_HEADER + (long) count;
    if (content.length < expected) {
      throw new DataSetException(
          String.format(
              "%s: truncated: header promises %d labels but the file ends after %d; download it"
                  + " again",
              file, count, content.length - LABELS_HEADER));
    }
    checkNoTrailingBytes(file, content.length, expected, count + " labels");
    int[] labels = new int[count];
    for (int n = 0; n < count; n++) {
      int label = content[LABELS_HEADER + n] & 0xff;
      if (label >= classCount) {
        throw new DataSetException(
            String.format(
                "%s: label %d of example %d is outside 0..%d; the file is not a label file of"
                    + " this data set",
                file, label, n, classCount - 1));
      }
      labels[n] = label;
    }
    return labels;
  }

  /** One image set from an image file and its label file, which must hold as many entries. */
  static ImageSet pair(Path imagesFile, IdxImages images, Path labelsFile, int[] labels) {
    if (labels.length != images.count()) {
      throw new DataSetException(
          String.format(
              "%s holds %d labels but %s holds %d images; the two files must belong together",
              labelsFile, labels.length, imagesFile, images.count()));
    }
    return new ImageSet(images.count(), 1, images.rows(), images.cols(), images.pixels(), labels);
  }

  private static void checkMagic(Path file, byte[] content, int magic, int header, String kind) {
    if (content.length < 4) {
      throw new DataSetException(
          file + ": only " + content.length + " bytes, too short for an IDX " + kind + " file");
    }
    int found = intAt(content, 0);
    if (found != magic) {
      String hint =
          found == IMAGES_MAGIC || found == LABELS_MAGIC
              ? " (it is an IDX " + (found == IMAGES_MAGIC ? "image" : "label") + " file)"
              : "";
      throw new DataSetException(
          String.format(
              "%s: not an IDX %s file: magic number 0x%08x%s, expected 0x%08x",
              file, kind, found, hint, magic));
    }
    if (content.length < header) {
      throw new DataSetException(
          file + ": truncated: the file ends inside its " + header + "-byte header");
    }
  }

  private static void checkNoTrailingBytes(Path file, long length, long expected, String what) {
    if (length > expected) {
      throw new DataSetException(
          String.format(
              "%s: %d bytes of trailing data after the %s its header promises; the file is"
                  + " damaged or not an IDX file",
              file, length - expected, what));
    }
  }

  private static int intAt(byte[] b, int at) {
    return (b[at] & 0xff) << 24
        | (b[at + 1] & 0xff) << 16
        | (b[at + 2] & 0xff) << 8
        | b[at + 3] & 0xff;
  }
}
