package org.learn2mix.data.cifar;

import java.io.IOException;
import java.io.InputStream;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.images.ImageSet;

/**
 * Collects the records of one CIFAR split (training or test) from its batch files into one image
 * set. Records are read straight from the stream into the final pixel array, so a 150 MB split is
 * never held twice.
 */
final class CifarRecords {
  private final CifarFormat format;
  private final CifarFormat.Split split;
  private final byte[] pixels;
  private final int[] labels;
  private final boolean[] done;

  /** Room for every record of {@code split}. */
  CifarRecords(CifarFormat format, CifarFormat.Split split) {
    this.format = format;
    this.split = split;
    this.pixels = new byte[split.records() * CifarFormat.PIXELS];
    this.labels = new int[split.records()];
    this.done = new boolean[split.files().size()];
  }

  /** Which of this split's files {@code fileName} is, or -1. */
  int indexOf(String fileName) {
    return split.files().indexOf(fileName);
  }

  /**
   * Reads batch file number {@code index} of the split from {@code in}, which holds exactly {@code
   * size} bytes; {@code source} names the file in messages.
   *
   * @throws DataSetException if the size or a label is wrong, or the file was read already
   * @throws IOException if the stream fails or ends early
   */
  void read(String source, int index, InputStream in, long size) throws IOException {
    int recordSize = format.recordSize();
    if (done[index]) {
      throw new DataSetException(source + ": appears twice");
    }
    if (size % recordSize != 0) {
      throw new DataSetException(
          String.format(
              "%s: %d bytes are not a whole number of %d-byte records (%d records and %d bytes"
                  + " over); the file is damaged or not a CIFAR binary batch",
              source, size, recordSize, size / recordSize, size % recordSize));
    }
    if (size / recordSize != split.recordsPerFile()) {
      throw new DataSetException(
          String.format(
              "%s: holds %d records, expected %d; the file is damaged or from another data set",
              source, size / recordSize, split.recordsPerFile()));
    }
    byte[] label = new byte[format.labelBytes()];
    int first = index * split.recordsPerFile();
    for (int r = 0; r < split.recordsPerFile(); r++) {
      int n = first + r;
      readFully(source, in, label, 0, label.length);
      readFully(source, in, pixels, n * CifarFormat.PIXELS, CifarFormat.PIXELS);
      labels[n] = checkedLabel(source, r, label);
    }
    done[index] = true;
  }

  /** The split's images, once every one of its files has been read. */
  ImageSet images(String where) {
    for (int i = 0; i < done.length; i++) {
      if (!done[i]) {
        throw new DataSetException(where + ": has no " + split.files().get(i));
      }
    }
    return new ImageSet(
        labels.length, CifarFormat.CHANNELS, CifarFormat.SIDE, CifarFormat.SIDE, pixels, labels);
  }

  private int checkedLabel(String source, int record, byte[] label) {
    if (format.coarseLabelFirst() && (label[0] & 0xff) >= CifarFormat.COARSE_CLASSES) {
      throw badLabel(source, record, "coarse", label[0] & 0xff, CifarFormat.COARSE_CLASSES);
    }
    int fine = label[label.length - 1] & 0xff;
    if (fine >= format.classCount()) {
      throw badLabel(source, record, "", fine, format.classCount());
    }
    return fine;
  }

  private static DataSetException badLabel(
      String source, int record, String kind, int label, int classes) {
    return new DataSetException(
        String.format(
            "%s: %slabel %d of record %d is outside 0..%d; the file is damaged or from another"
                + " data set",
            source, kind.isEmpty() ? "" : kind + " ", label, record, classes - 1));
  }

  private static void readFully(String source, InputStream in, byte[] into, int at, int length)
      throws IOException {
    if (in.readNBytes(into, at, length) != length) {
      throw new DataSetException(source + ": truncated: the file ends inside a record");
    }
  }
}
