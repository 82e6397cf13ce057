package org.learn2mix.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes small image folders for the command-line tests. */
final class ImageFolderFiles {
  private ImageFolderFiles() {}

  /** A grey PNG whose level at (x, y) is {@code base + x + y}, written to {@code file}. */
  static Path greyPng(Path file, int width, int height, int base) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.getRaster().setSample(x, y, 0, (base + x + y) & 0xff);
      }
    }
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Classes dark and light, {@code train} grey size×size PNGs each in train/ and, if {@code test}
   * is above 0, that many in test/; dark images are dark and light ones light, so they can be told
   * apart.
   */
  static Path tree(Path root, int size, int train, int test) {
    for (String c : new String[] {"dark", "light"}) {
      int base = c.equals("dark") ? 0 : 160;
      for (int i = 0; i < train; i++) {
        greyPng(root.resolve("train/" + c + "/" + i + ".png"), size, size, base + i % 20);
      }
      for (int i = 0; i < test; i++) {
        greyPng(root.resolve("test/" + c + "/" + i + ".png"), size, size, base + 5 + i % 20);
      }
    }
    return root;
  }
}
