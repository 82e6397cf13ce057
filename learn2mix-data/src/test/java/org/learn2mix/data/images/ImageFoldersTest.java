package org.learn2mix.data.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TestFiles;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.locate.DataSetStatus;
import org.learn2mix.data.locate.Downloader;
import org.learn2mix.data.locate.SearchPaths;
import org.learn2mix.data.published.Catalogue;

/** The image-folder reader on tiny trees of PNG and JPEG files written by the tests. */
class ImageFoldersTest {
  private static final Downloader NO_DOWNLOAD =
      (url, target) -> {
        throw new AssertionError("nothing should be downloaded, yet " + url + " was");
      };

  @TempDir Path root;

  /** A colour per class: classes are created out of order to test the sorted class order. */
  private static final String[] CLASSES = {"n02", "n01", "n03"};

  private static final int[][] COLOURS = {{200, 10, 30}, {0, 128, 255}, {90, 90, 90}};

  static byte[] encoded(BufferedImage image, String format) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static BufferedImage uniform(int width, int height, int[] rgb) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, (rgb[0] << 16) | (rgb[1] << 8) | rgb[2]);
      }
    }
    return image;
  }

  /** Three classes of 40x30 PNGs, 4 training and 2 validation images each, one colour per class. */
  private void writeTree() {
    for (int c = 0; c < CLASSES.length; c++) {
      byte[] png = encoded(uniform(40, 30, COLOURS[c]), "png");
      for (int i = 0; i < 4; i++) {
        TestFiles.write(root.resolve("train/" + CLASSES[c] + "/img" + i + ".png"), png);
      }
      for (int i = 0; i < 2; i++) {
        TestFiles.write(root.resolve("val/" + CLASSES[c] + "/v" + i + ".PNG"), png);
      }
    }
    TestFiles.write(root.resolve("train/n01/notes.txt"), new byte[] {1, 2});
  }

  @Test
  void readsSortedClassFoldersResizedTo224AndNormalisesWithImageNetStatistics() {
    writeTree();
    LoadedImages images = ImageFolders.read(root, 224);
    assertEquals(List.of("n01", "n02", "n03"), images.classNames());
    assertEquals(12, images.train().count());
    assertEquals(6, images.test().count());
    assertEquals(3, images.train().channels());
    assertEquals(224, images.train().height());
    assertEquals(224, images.train().width());
    assertArrayEquals(new int[] {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2}, images.train().labels());
    assertArrayEquals(new int[] {4, 4, 4}, images.train().classCounts(3), "notes.txt skipped");
    // a uniform image stays uniform: n01 is the second colour
    int plane = 224 * 224;
    byte[] pixels = images.train().pixels();
    for (int channel = 0; channel < 3; channel++) {
      assertEquals(COLOURS[1][channel], pixels[channel * plane] & 0xff);
      assertEquals(COLOURS[1][channel], pixels[channel * plane + plane - 1] & 0xff);
    }
    assertEquals(2, images.files().size());
    assertEquals(root.resolve("train"), images.files().get(0).path());
    assertEquals(VerifiedFile.Verification.NOT_VERIFIED, images.files().get(0).verification());

    TaskData task =
        ImageTasks.classification(
            "imagenette",
            images,
            ImbalanceRecipe.keep(3, 0.5, 3),
            0,
            ImageTasks.IMAGENET_MEAN,
            ImageTasks.IMAGENET_STD);
    assertArrayEquals(new int[] {4, 4, 2}, task.train().classCounts(3));
    assertArrayEquals(new long[] {3, 224, 224}, task.train().exampleShape());
    assertEquals(6, task.test().size(), "the test set is never imbalanced");
    float[] x = task.train().decodedFeatures();
    int perImage = 3 * plane;
    for (int channel = 0; channel < 3; channel++) {
      float expected =
          (float)
              ((COLOURS[1][channel] / 255.0 - ImageTasks.IMAGENET_MEAN[channel])
                  / ImageTasks.IMAGENET_STD[channel]);
      assertEquals(expected, x[channel * plane + 1000], "n01, channel " + channel);
      assertEquals(expected, x[3 * perImage + channel * plane + 5], "n01, fourth image");
    }
    // the red channel of n01 (0) and of n02 (200)
    assertEquals((float) (-0.485 / 0.229), x[0]);
    assertEquals((float) ((200 / 255.0 - 0.485) / 0.229), x[4 * perImage]);
  }

  @Test
  void resizingMatchesPilsBilinearFilterWithinOneLevel() {
    int w = 40;
    int h = 30;
    int[] rgb = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int r = (x * 7 + y * 3) % 256;
        int g = (x * x + y * 11) % 256;
        int b = (x * y * 5) % 256;
        rgb[y * w + x] = (r << 16) | (g << 8) | b;
      }
    }
    // PIL 9.4: Image.resize((8, 8), Image.BILINEAR) of this pattern, red channel, row after row
    int[] pilRed = {
      22, 54, 89, 124, 159, 194, 222, 93, 32, 64, 99, 134, 169, 204, 200, 46, 44, 76, 111, 146, 181,
      216, 157, 31, 55, 87, 122, 157, 192, 221, 90, 38, 66, 98, 133, 168, 203, 206, 52, 49, 77, 109,
      144, 179, 214, 160, 33, 60, 89, 121, 156, 191, 221, 101, 40, 72, 99, 131, 166, 201, 211, 55,
      50, 82
    };
    int[] pilGreen = {
      28, 72, 151, 109, 135, 133, 115, 128, 65, 109, 160, 115, 128, 127, 123, 126, 107, 151, 144,
      124, 126, 129, 130, 127, 148, 183, 111, 138, 121, 123, 127, 132, 189, 169, 89, 147, 127, 126,
      134, 125, 200, 87, 114, 137, 130, 126, 131, 132, 71, 63, 148, 120, 131, 127, 124, 126, 53, 97,
      161, 116, 127, 123, 128, 131
    };
    byte[] small = new byte[3 * 64];
    ImageResampler.resize(rgb, w, h, 8, small, 0);
    for (int i = 0; i < 64; i++) {
      assertEquals(pilRed[i], small[i] & 0xff, 1, "red " + i);
      assertEquals(pilGreen[i], small[64 + i] & 0xff, 1, "green " + i);
    }
    // upscaling to 224: a few pixels of PIL's result (x, y, r, g, b)
    int[][] pilLarge = {
      {0, 0, 0, 0, 0},
      {5, 7, 5, 6, 1},
      {100, 50, 141, 118, 139},
      {223, 223, 104, 48, 23},
      {111, 200, 215, 155, 95},
      {37, 181, 114, 45, 175}
    };
    byte[] large = new byte[3 * 224 * 224];
    ImageResampler.resize(rgb, w, h, 224, large, 0);
    for (int[] p : pilLarge) {
      for (int c = 0; c < 3; c++) {
        int actual = large[(c * 224 + p[1]) * 224 + p[0]] & 0xff;
        assertEquals(p[2 + c], actual, 1, "pixel " + p[0] + "," + p[1] + " channel " + c);
      }
    }
  }

  @Test
  void greyAndTransparentImagesBecomeRgbAsPilConvertsThem() {
    BufferedImage grey = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
    grey.getRaster().setSample(1, 1, 0, 100);
    ImageDecoder.Decoded g = ImageDecoder.decode("grey.png", encoded(grey, "png"));
    assertEquals(0x646464, g.rgb()[4 + 1], "grey 100 stays 100 in every channel");
    assertEquals(0, g.rgb()[0]);

    BufferedImage clear = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
    clear.setRGB(0, 0, 0x10203040);
    ImageDecoder.Decoded a = ImageDecoder.decode("alpha.png", encoded(clear, "png"));
    assertEquals(0x203040, a.rgb()[0] & 0xffffff, "alpha dropped, colour kept");

    BufferedImage colour = uniform(16, 16, new int[] {200, 100, 50});
    ImageDecoder.Decoded jpeg = ImageDecoder.decode("x.jpg", encoded(colour, "jpg"));
    int p = jpeg.rgb()[8 * 16 + 8];
    assertEquals(200, (p >> 16) & 0xff, 3, "JPEG is lossy, but close");
    assertEquals(100, (p >> 8) & 0xff, 3);
    assertEquals(50, p & 0xff, 3);
  }

  @Test
  void aBrokenImageOrAMismatchedFolderIsNamedInOneLine() {
    writeTree();
    Path broken = TestFiles.write(root.resolve("val/n02/broken.jpg"), new byte[] {1, 2, 3});
    DataSetException e = assertThrows(DataSetException.class, () -> ImageFolders.read(root, 8));
    assertEquals(broken + ": not a JPEG, PNG, GIF or BMP image", e.getMessage());

    TestFiles.write(root.resolve("val/n02/broken.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0});
    e = assertThrows(DataSetException.class, () -> ImageFolders.read(root, 8));
    assertTrue(e.getMessage().startsWith(broken + ": cannot decode ("), e.getMessage());

    TestFiles.write(root.resolve("val/n02/broken.jpg"), encoded(uniform(3, 3, COLOURS[0]), "jpg"));
    TestFiles.write(root.resolve("val/n09/x.png"), encoded(uniform(3, 3, COLOURS[0]), "png"));
    e = assertThrows(DataSetException.class, () -> ImageFolders.read(root, 8));
    assertEquals(
        root.resolve("val/n09") + ": a class folder that train/ does not have", e.getMessage());
  }

  @Test
  void imagenetteIsLookedForInTheNamedFolderThenItsSubFolderThenEnvironmentAndCache() {
    SearchPaths paths = new SearchPaths(root.resolve("env"), root.resolve("cache"), null);
    TestFiles.write(root.resolve("named/imagenette/train/a/x.png"), new byte[] {1});
    TestFiles.write(root.resolve("named/imagenette/val/a/x.png"), new byte[] {1});
    assertEquals(
        root.resolve("named/imagenette"),
        new DataLocator(paths, NO_DOWNLOAD)
            .find(Catalogue.IMAGENETTE, root.resolve("named"))
            .orElseThrow()
            .folder());
    DataSetException none =
        assertThrows(
            DataSetException.class,
            () ->
                new DataLocator(paths, NO_DOWNLOAD)
                    .find(Catalogue.IMAGENETTE, root.resolve("env")));
    assertTrue(none.getMessage().startsWith(root.resolve("env") + ": no such folder"));
    DataSetException missing =
        assertThrows(
            DataSetException.class,
            () -> new DataLocator(paths, NO_DOWNLOAD).load(Catalogue.IMAGENETTE, null));
    assertTrue(
        missing.getMessage().startsWith("imagenette: not found, and not downloaded automatically"),
        missing.getMessage());
    TestFiles.write(root.resolve("cache/imagenette/train/a/x.png"), new byte[] {1});
    TestFiles.write(root.resolve("cache/imagenette/val/a/x.png"), new byte[] {1});
    assertEquals(
        DataSetStatus.Origin.CACHE,
        new DataLocator(paths, NO_DOWNLOAD)
            .find(Catalogue.IMAGENETTE, null)
            .orElseThrow()
            .origin());
    TestFiles.write(root.resolve("env/imagenette/train/a/x.png"), new byte[] {1});
    TestFiles.write(root.resolve("env/imagenette/val/a/x.png"), new byte[] {1});
    assertEquals(
        DataSetStatus.Origin.ENVIRONMENT,
        new DataLocator(paths, NO_DOWNLOAD)
            .find(Catalogue.IMAGENETTE, null)
            .orElseThrow()
            .origin());
  }
}
