package org.learn2mix.data.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.Examples;
import org.learn2mix.data.ReadProgress;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TestFiles;

/** Image folders of one's own, written by the tests in every format the JDK reads. */
class OwnImagesTest {
  @TempDir Path root;

  /** A grey image whose level at (x, y) is {@code base + x + y}. */
  static BufferedImage grey(int width, int height, int base) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.getRaster().setSample(x, y, 0, (base + x + y) & 0xff);
      }
    }
    return image;
  }

  private static ImageFolderSpec spec(Path root, int size, Map<String, Double> keep) {
    return new ImageFolderSpec(root, size, 0.25, 0, keep);
  }

  /** Classes a and b, 4 grey 16x16 PNG training and 2 test images each. */
  private void greyTree(String testFolder) {
    for (String c : List.of("a", "b")) {
      int base = c.equals("a") ? 10 : 100;
      for (int i = 0; i < 4; i++) {
        TestFiles.write(
            root.resolve("train/" + c + "/" + i + ".png"),
            ImageFoldersTest.encoded(grey(16, 16, base + i), "png"));
      }
      for (int i = 0; testFolder != null && i < 2; i++) {
        TestFiles.write(
            root.resolve(testFolder + "/" + c + "/" + i + ".png"),
            ImageFoldersTest.encoded(grey(16, 16, base + 50 + i), "png"));
      }
    }
  }

  @Test
  void greyImagesOfOneSizeKeepItInOneChannelAsBytes() {
    greyTree("test");
    ImageFolderListing listing = ImageFolderListing.scan(spec(root, 0, Map.of()));
    assertEquals(List.of("a", "b"), listing.classNames());
    assertEquals("test", listing.testFolder().orElseThrow());
    assertEquals(1, listing.channels());
    assertEquals(16, listing.width());
    assertEquals(0, listing.resizedImages());
    assertArrayEquals(new int[] {4, 4}, listing.trainCounts());
    assertArrayEquals(new int[] {2, 2}, listing.testCounts());
    assertEquals(12L * 16 * 16, listing.decodedBytes());

    List<int[]> heard = new ArrayList<>();
    OwnImages images = OwnImages.read(listing, (done, total) -> heard.add(new int[] {done, total}));
    assertArrayEquals(new int[] {12, 12}, heard.get(heard.size() - 1), "progress reaches the end");
    byte[] pixels = images.images().train().pixels();
    assertEquals(10 + 3 + 5, pixels[3 * 16 + 5] & 0xff, "a/0.png at x=5, y=3, as stored");
    assertEquals(64, images.sha256().length());

    TaskData task = images.prepare(0);
    Examples train = task.train();
    assertTrue(train.storedAsBytes());
    assertArrayEquals(new long[] {1, 16, 16}, train.exampleShape());
    // Standardised with the training images' statistics: the training features have mean 0, sd 1.
    float[] x = train.decodedFeatures();
    double mean = 0;
    for (float v : x) {
      mean += v;
    }
    mean /= x.length;
    double squares = 0;
    for (float v : x) {
      squares += (v - mean) * (v - mean);
    }
    assertEquals(0, mean, 1e-5);
    assertEquals(1, Math.sqrt(squares / x.length), 1e-5);
  }

  @Test
  void withoutATestFolderEachClassIsSplitTheSameWayForEverySeed() {
    greyTree(null);
    ImageFolderListing listing = ImageFolderListing.scan(spec(root, 0, Map.of()));
    assertTrue(listing.testFolder().isEmpty());
    assertArrayEquals(new int[] {3, 3}, listing.trainCounts(), "25% of 4 per class tests");
    assertArrayEquals(new int[] {1, 1}, listing.testCounts());
    OwnImages images = OwnImages.read(listing, ReadProgress.NONE);
    assertArrayEquals(
        images.prepare(0).test().bytes().values(), images.prepare(7).test().bytes().values());
    ImageFolderListing other =
        ImageFolderListing.scan(new ImageFolderSpec(root, 0, 0.25, 1, Map.of()));
    assertNotEquals(
        Arrays.toString(OwnImages.read(other, ReadProgress.NONE).images().test().pixels()),
        Arrays.toString(images.images().test().pixels()),
        "another split seed tests other images");
  }

  @Test
  void keepThinsTrainingClassesPerSeedAndRefusesUnknownOrTooThinClasses() {
    greyTree("val");
    ImageFolderListing listing = ImageFolderListing.scan(spec(root, 0, Map.of("b", 0.5)));
    assertArrayEquals(new int[] {4, 2}, listing.keptCounts());
    OwnImages images = OwnImages.read(listing, ReadProgress.NONE);
    assertArrayEquals(new int[] {4, 2}, images.prepare(3).train().classCounts(2));
    assertEquals(4, images.prepare(3).test().size(), "the test images are never thinned");
    DataSetException unknown =
        assertThrows(
            DataSetException.class, () -> ImageFolderListing.scan(spec(root, 0, Map.of("c", 0.5))));
    assertTrue(unknown.getMessage().contains("no class 'c' to keep a share of"));
    DataSetException thin =
        assertThrows(
            DataSetException.class,
            () -> ImageFolderListing.scan(spec(root, 0, Map.of("b", 0.25))));
    assertTrue(thin.getMessage().contains("class 'b' keeps 1 of its 4 training images (25%)"));
  }

  @Test
  void colourGifBmpAndJpegAmongGreyMakeThreeChannelsAndMixedSizesResize() throws IOException {
    TestFiles.write(
        root.resolve("train/a/0.png"), ImageFoldersTest.encoded(grey(20, 10, 0), "png"));
    TestFiles.write(
        root.resolve("train/a/1.bmp"), ImageFoldersTest.encoded(grey(16, 16, 9), "bmp"));
    TestFiles.write(
        root.resolve("train/b/0.gif"),
        ImageFoldersTest.encoded(ImageFoldersTest.uniform(16, 16, new int[] {255, 0, 0}), "gif"));
    TestFiles.write(
        root.resolve("train/b/1.jpg"),
        ImageFoldersTest.encoded(ImageFoldersTest.uniform(8, 8, new int[] {0, 0, 255}), "jpg"));
    TestFiles.write(root.resolve("test/b/0.jpg"), cmykJpeg(8, 8));
    ImageFolderListing mixed = ImageFolderListing.scan(spec(root, 0, Map.of()));
    assertEquals("train/a/0.png is 20x10, train/a/1.bmp is 16x16", mixed.differingSizes().get());
    assertThrows(IllegalStateException.class, mixed::width);

    ImageFolderListing listing = ImageFolderListing.scan(spec(root, 12, Map.of()));
    assertEquals(3, listing.channels());
    assertEquals(2, listing.greyImages());
    assertEquals(5, listing.resizedImages());
    OwnImages images = OwnImages.read(listing, ReadProgress.NONE);
    ImageSet train = images.images().train();
    assertEquals(12, train.height());
    int plane = 12 * 12;
    int gif = 2 * 3 * plane;
    assertEquals(255, train.pixels()[gif + 5] & 0xff, "the GIF's red");
    assertEquals(0, train.pixels()[gif + plane + 5] & 0xff, "the GIF's green");
    byte[] bmp = Arrays.copyOfRange(train.pixels(), 3 * plane, 6 * plane);
    assertArrayEquals(
        Arrays.copyOfRange(bmp, 0, plane), Arrays.copyOfRange(bmp, plane, 2 * plane), "grey");
    assertEquals(1, images.images().test().count(), "the JDK decodes a CMYK JPEG");
  }

  /** A JPEG with four components marked as Adobe CMYK. */
  static byte[] cmykJpeg(int width, int height) throws IOException {
    WritableRaster raster =
        Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(raster, null, null), null);
    } finally {
      writer.dispose();
    }
    byte[] plain = bytes.toByteArray();
    byte[] adobe = {
      (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0
    };
    byte[] marked = new byte[plain.length + adobe.length];
    System.arraycopy(plain, 0, marked, 0, 2);
    System.arraycopy(adobe, 0, marked, 2, adobe.length);
    System.arraycopy(plain, 2, marked, 2 + adobe.length, plain.length - 2);
    return marked;
  }

  @Test
  void aTruncatedPngIsNamedAndSaidToBeTruncated() {
    greyTree("test");
    byte[] png = ImageFoldersTest.encoded(grey(16, 16, 0), "png");
    Path cut = root.resolve("train/b/cut.png");
    TestFiles.write(cut, Arrays.copyOf(png, png.length / 2));
    ImageFolderListing listing;
    DataSetException e;
    try {
      listing = ImageFolderListing.scan(spec(root, 0, Map.of()));
      e = assertThrows(DataSetException.class, () -> OwnImages.read(listing, ReadProgress.NONE));
    } catch (DataSetException early) {
      e = early;
    }
    assertTrue(e.getMessage().startsWith(cut + ": cannot decode (a truncated PNG"), e.getMessage());
    assertFalse(ImageDecoder.truncatedPng(png));
  }
}
