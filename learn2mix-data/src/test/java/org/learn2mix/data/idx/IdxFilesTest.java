package org.learn2mix.data.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.TestFiles;
import org.learn2mix.data.images.ImageSet;
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.data.published.ImageClassNames;

/** The IDX reader and the MNIST folder layout, on small files written here. */
class IdxFilesTest {
  private static final Path IMAGES = Path.of("train-images-idx3-ubyte.gz");
  private static final Path LABELS = Path.of("train-labels-idx1-ubyte.gz");

  @TempDir Path dir;

  @Test
  void readsImagesAndLabels() {
    IdxReader.IdxImages images = IdxReader.images(IMAGES, TestFiles.idxImages(3, 2, 4));
    assertEquals(3, images.count());
    assertEquals(2, images.rows());
    assertEquals(4, images.cols());
    assertEquals(1 * 7 + 7, images.pixels()[8 + 7] & 0xff, "image 1, pixel 7");
    int[] labels = IdxReader.labels(LABELS, TestFiles.idxLabels(0, 9, 4), 10);
    ImageSet set = IdxReader.pair(IMAGES, images, LABELS, labels);
    assertArrayEquals(new int[] {0, 9, 4}, set.labels());
    assertEquals(1, set.channels());
  }

  @Test
  void readsAPlainFolderAGzipFolderAndGzipByContentNotName() {
    Map<String, byte[]> contents = TestFiles.tinyIdx();
    IdxFormat format = TestFiles.idxFormatOf(contents);
    Path plain = dir.resolve("plain");
    contents.forEach((name, content) -> TestFiles.write(plain.resolve(name), content));
    // Compressed bytes under the bare name, and uncompressed bytes under a .gz name.
    Path mixed = dir.resolve("mixed");
    contents.forEach(
        (name, content) ->
            TestFiles.write(
                name.equals(IdxFormat.TEST_LABELS)
                    ? mixed.resolve(name + ".gz")
                    : mixed.resolve(name),
                name.equals(IdxFormat.TEST_LABELS) ? content : TestFiles.gzip(content)));

    for (Path folder : List.of(plain, TestFiles.writeGzipped(dir.resolve("gz"), contents), mixed)) {
      LoadedImages loaded = format.read(folder, ImageClassNames.DIGITS);
      assertEquals(3, loaded.train().count(), folder.toString());
      assertArrayEquals(new int[] {1, 2}, loaded.test().labels());
      assertArrayEquals(
          Arrays.copyOfRange(contents.get(IdxFormat.TRAIN_IMAGES), 16, 16 + 3 * 784),
          loaded.train().pixels());
      assertEquals(4, loaded.files().size());
      assertTrue(loaded.verified());
      assertEquals(
          Checksum.sha256(contents.get(IdxFormat.TRAIN_IMAGES)), loaded.files().get(0).sha256());
    }
  }

  @Test
  void truncatedImagesSayHowManyArriveAndHowManyWerePromised() {
    byte[] whole = TestFiles.idxImages(5, 28, 28);
    byte[] cut = Arrays.copyOf(whole, 16 + 2 * 784 + 100);
    DataSetException e = assertThrows(DataSetException.class, () -> IdxReader.images(IMAGES, cut));
    assertEquals(
        "train-images-idx3-ubyte.gz: truncated: header promises 5 images of 28x28 but the file"
            + " ends after 2 images (1684 of 3936 bytes); download it again",
        e.getMessage());
    byte[] headerOnly = Arrays.copyOf(whole, 10);
    assertTrue(
        assertThrows(DataSetException.class, () -> IdxReader.images(IMAGES, headerOnly))
            .getMessage()
            .contains("ends inside its 16-byte header"));
    byte[] labels = Arrays.copyOf(TestFiles.idxLabels(1, 2, 3), 10);
    assertTrue(
        assertThrows(DataSetException.class, () -> IdxReader.labels(LABELS, labels, 10))
            .getMessage()
            .contains("promises 3 labels but the file ends after 2"));
  }

  @Test
  void trailingBytesAreAnError() {
    byte[] longer = Arrays.copyOf(TestFiles.idxImages(2, 28, 28), 16 + 2 * 784 + 3);
    assertEquals(
        "train-images-idx3-ubyte.gz: 3 bytes of trailing data after the 2 images of 28x28 its"
            + " header promises; the file is damaged or not an IDX file",
        assertThrows(DataSetException.class, () -> IdxReader.images(IMAGES, longer)).getMessage());
    byte[] labels = Arrays.copyOf(TestFiles.idxLabels(1, 2), 11);
    assertTrue(
        assertThrows(DataSetException.class, () -> IdxReader.labels(LABELS, labels, 10))
            .getMessage()
            .contains("1 bytes of trailing data after the 2 labels"));
  }

  @Test
  void wrongMagicNamesBothNumbers() {
    byte[] labels = TestFiles.idxLabels(1, 2);
    assertEquals(
        "train-images-idx3-ubyte.gz: not an IDX image file: magic number 0x00000801 (it is an IDX"
            + " label file), expected 0x00000803",
        assertThrows(DataSetException.class, () -> IdxReader.images(IMAGES, labels)).getMessage());
    byte[] html = "<!DOCTYPE html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(
        assertThrows(DataSetException.class, () -> IdxReader.labels(LABELS, html, 10))
            .getMessage()
            .startsWith(
                "train-labels-idx1-ubyte.gz: not an IDX label file: magic number 0x3c21444f"));
    assertTrue(
        assertThrows(DataSetException.class, () -> IdxReader.images(IMAGES, new byte[2]))
            .getMessage()
            .contains("only 2 bytes"));
  }

  @Test
  void labelCountMustEqualImageCount() {
    IdxReader.IdxImages images = IdxReader.images(IMAGES, TestFiles.idxImages(3, 28, 28));
    int[] labels = IdxReader.labels(LABELS, TestFiles.idxLabels(1, 2), 10);
    assertEquals(
        "train-labels-idx1-ubyte.gz holds 2 labels but train-images-idx3-ubyte.gz holds 3 images;"
            + " the two files must belong together",
        assertThrows(DataSetException.class, () -> IdxReader.pair(IMAGES, images, LABELS, labels))
            .getMessage());
  }

  @Test
  void labelsOutsideTheClassesAreAnError() {
    byte[] labels = TestFiles.idxLabels(1, 2, 10, 3);
    assertEquals(
        "train-labels-idx1-ubyte.gz: label 10 of example 2 is outside 0..9; the file is not a"
            + " label file of this data set",
        assertThrows(DataSetException.class, () -> IdxReader.labels(LABELS, labels, 10))
            .getMessage());
  }

  @Test
  void imagesOfAnotherSizeAreRefused() {
    Map<String, byte[]> contents = new HashMap<>(TestFiles.tinyIdx());
    contents.put(IdxFormat.TRAIN_IMAGES, TestFiles.idxImages(3, 32, 32));
    Path folder = TestFiles.writeGzipped(dir, contents);
    DataSetException e =
        assertThrows(
            DataSetException.class,
            () -> TestFiles.idxFormatOf(contents).read(folder, ImageClassNames.DIGITS));
    assertTrue(
        e.getMessage().endsWith("images are 32x32, this data set's are 28x28"), e.getMessage());
  }

  @Test
  void aTruncatedGzipStreamIsNamed() {
    byte[] gz = TestFiles.gzip(TestFiles.idxImages(3, 28, 28));
    Path file = TestFiles.write(dir.resolve("cut.gz"), Arrays.copyOf(gz, gz.length / 2));
    DataSetException e = assertThrows(DataSetException.class, () -> FileContent.read(file));
    assertTrue(e.getMessage().startsWith(file + ": truncated gzip data"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
    assertTrue(
        assertThrows(DataSetException.class, () -> FileContent.read(dir.resolve("absent")))
            .getMessage()
            .endsWith("absent: no such file"));
  }

  @Test
  void aContentChecksumMismatchNamesTheFileAndBothValues() {
    Map<String, byte[]> contents = TestFiles.tinyIdx();
    IdxFormat format = TestFiles.idxFormatOf(contents);
    Map<String, byte[]> other = new HashMap<>(contents);
    other.put(IdxFormat.TEST_LABELS, TestFiles.idxLabels(2, 1));
    Path folder = TestFiles.writeGzipped(dir, other);
    DataSetException e =
        assertThrows(DataSetException.class, () -> format.read(folder, ImageClassNames.DIGITS));
    assertEquals(
        folder.resolve("t10k-labels-idx1-ubyte.gz")
            + ": checksum mismatch: SHA-256 of the decompressed content is "
            + Checksum.sha256(other.get(IdxFormat.TEST_LABELS))
            + ", expected "
            + Checksum.sha256(contents.get(IdxFormat.TEST_LABELS))
            + "; the file is damaged or not the official one, replace it",
        e.getMessage());
  }
}
