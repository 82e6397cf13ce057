package org.learn2mix.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.learn2mix.data.cifar.CifarFormat;
import org.learn2mix.data.idx.IdxFormat;
import org.learn2mix.data.idx.IdxReader;
import org.learn2mix.data.locate.Checksum;

/** Writes small data files in the published formats, for tests. */
public final class TestFiles {
  private TestFiles() {}

  /** An IDX image file of {@code count} images; pixel p of image n is {@code (n * 7 + p) % 256}. */
  public static byte[] idxImages(int count, int rows, int cols) {
    ByteBuffer b = ByteBuffer.allocate(16 + count * rows * cols);
    b.putInt(IdxReader.IMAGES_MAGIC).putInt(count).putInt(rows).putInt(cols);
    for (int n = 0; n < count; n++) {
      for (int p = 0; p < rows * cols; p++) {
        b.put((byte) ((n * 7 + p) % 256));
      }
    }
    return b.array();
  }

  /** An IDX label file holding {@code labels}. */
  public static byte[] idxLabels(int... labels) {
    ByteBuffer b = ByteBuffer.allocate(8 + labels.length);
    b.putInt(IdxReader.LABELS_MAGIC).putInt(labels.length);
    for (int label : labels) {
      b.put((byte) label);
    }
    return b.array();
  }

  /** A tiny MNIST-like data set: 3 training and 2 test images of 28x28, uncompressed contents. */
  public static Map<String, byte[]> tinyIdx() {
    return Map.of(
        IdxFormat.TRAIN_IMAGES, idxImages(3, 28, 28),
        IdxFormat.TRAIN_LABELS, idxLabels(0, 9, 4),
        IdxFormat.TEST_IMAGES, idxImages(2, 28, 28),
        IdxFormat.TEST_LABELS, idxLabels(1, 2));
  }

  /** The MNIST layout with checksums of {@code contents} and a URL nobody can reach. */
  public static IdxFormat idxFormatOf(Map<String, byte[]> contents) {
    Map<String, String> sums = new java.util.HashMap<>();
    contents.forEach((name, content) -> sums.put(name, Checksum.sha256(content)));
    return new IdxFormat(sums, "https://example.invalid/tiny/", 28, 28, 10);
  }

  /** Writes each content gzip-compressed under its {@code .gz} name into {@code folder}. */
  public static Path writeGzipped(Path folder, Map<String, byte[]> contents) {
    contents.forEach((name, content) -> write(folder.resolve(name + ".gz"), gzip(content)));
    return folder;
  }

  /** A CIFAR record: label byte(s), then 3,072 pixels where pixel p is {@code (seed + p) % 256}. */
  public static byte[] cifarRecord(int seed, int... labels) {
    ByteBuffer b = ByteBuffer.allocate(labels.length + CifarFormat.PIXELS);
    for (int label : labels) {
      b.put((byte) label);
    }
    for (int p = 0; p < CifarFormat.PIXELS; p++) {
      b.put((byte) ((seed + p) % 256));
    }
    return b.array();
  }

  /** Records one after another, as in a batch file. */
  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** A {@code .tar.gz} holding {@code entries} (path in the archive to content), in that order. */
  public static byte[] tarGz(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        TarArchiveEntry entry = new TarArchiveEntry(e.getKey());
        entry.setSize(e.getValue().length);
        tar.putArchiveEntry(entry);
        tar.write(e.getValue());
        tar.closeArchiveEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static byte[] gzip(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String md5(byte[] content) {
    return new Checksum("MD5", "00", false).compute(content);
  }
}
