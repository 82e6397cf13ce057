package org.learn2mix.data.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.ClassFolders;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.data.locate.FolderDigest;

/**
 * Reads an image classification data set laid out as folders, as Imagenette and many others are:
 * {@code root/train/<class>/*.jpg} and {@code root/val/<class>/*.jpg} (also {@code .jpeg}, {@code
 * .gif}, {@code .bmp} and {@code .png}, in any case). The classes are the folder names under {@code
 * train/} in sorted order, numbered from 0; {@code val/} may not have a class that {@code train/}
 * lacks. Within a class, images are taken in file-name order; other files are skipped.
 *
 * <p>Every image is decoded ({@link ImageDecoder}), converted to RGB and resized to side×side
 * ({@link ImageResampler}), on all processors. The folders have no published checksums; each split
 * is recorded with a {@link FolderDigest} of its files, not verified.
 */
public final class ImageFolders {
  /** The training split's folder. */
  public static final String TRAIN = "train";

  /** The test split's folder (Imagenette calls it val). */
  public static final String TEST = "val";

  static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".gif", ".bmp");

  private ImageFolders() {}

  /**
   * Whether {@code folder} has the two split folders.
   *
   * @param folder the folder to look into; it need not exist
   * @return true if it has both {@link #TRAIN} and {@link #TEST} sub-folders, whatever they hold
   */
  public static boolean holdsSplits(Path folder) {
    return Files.isDirectory(folder.resolve(TRAIN)) && Files.isDirectory(folder.resolve(TEST));
  }

  /**
   * Reads and resizes every image under {@code root}.
   *
   * @param root the folder holding {@link #TRAIN} and {@link #TEST}
   * @param side the width and height every image is resized to, in pixels, at least 1
   * @return the images as 3×side×side RGB, the class names (the sorted folder names under {@link
   *     #TRAIN}), and one folder checksum per split, not verified
   * @throws DataSetException naming the folder or file that is missing, empty or undecodable, or a
   *     class folder under {@link #TEST} that {@link #TRAIN} does not have
   */
  public static LoadedImages read(Path root, int side) {
    List<String> classes = classNames(root.resolve(TRAIN));
    Read train = list(root.resolve(TRAIN), classes, true).read(side);
    Read test = list(root.resolve(TEST), classes, false).read(side);
    return new LoadedImages(
        train.images(), test.images(), classes, List.of(train.checksum(), test.checksum()));
  }

  /** The sorted names of the class folders in {@code split}. */
  static List<String> classNames(Path split) {
    return ClassFolders.names(split, "one folder per class");
  }

  /** The images of one split, class after class; every class must have one in training. */
  private static Split list(Path split, List<String> classes, boolean everyClass) {
    List<String> here = classNames(split);
    for (String name : here) {
      if (!classes.contains(name)) {
        throw new DataSetException(
            split.resolve(name) + ": a class folder that " + TRAIN + "/ does not have");
      }
    }
    ClassFolders.Listing listing = ClassFolders.list(split, classes, EXTENSIONS, KIND, everyClass);
    return new Split(split, listing.files(), listing.labels());
  }

  /** The image files in {@code folder}, by extension, in file-name order. */
  static List<Path> images(Path folder) {
    return ClassFolders.files(folder, EXTENSIONS);
  }

  /** The files a class folder must hold, for messages. */
  static final String KIND = ".jpg, .jpeg, .png, .gif or .bmp images";

  /** The files of one split and their labels. */
  private record Split(Path folder, List<Path> files, int[] labels) {
    /** Decodes and resizes every image, checksumming each file as it is read. */
    Read read(int side) {
      int perImage = 3 * side * side;
      byte[] pixels = new byte[Math.multiplyExact(files.size(), perImage)];
      byte[][] sums = new byte[files.size()][];
      IntStream.range(0, files.size())
          .parallel()
          .forEach(
              n -> {
                Path file = files.get(n);
                byte[] bytes = bytes(file);
                sums[n] = FolderDigest.sha256(bytes);
                ImageDecoder.Decoded image = ImageDecoder.decode(file.toString(), bytes);
                ImageResampler.resize(
                    image.rgb(), image.width(), image.height(), side, pixels, n * perImage);
              });
      TreeMap<String, byte[]> byPath = new TreeMap<>();
      for (int n = 0; n < sums.length; n++) {
        byPath.put(folder.relativize(files.get(n)).toString().replace('\\', '/'), sums[n]);
      }
      return new Read(
          new ImageSet(files.size(), 3, side, side, pixels, labels),
          new VerifiedFile(
              folder, FolderDigest.of(byPath), VerifiedFile.Verification.NOT_VERIFIED));
    }

    private static byte[] bytes(Path file) {
      try {
        return Files.readAllBytes(file);
      } catch (IOException e) {
        throw FileContent.cannotRead(file, e);
      }
    }
  }

  /** A split's images and the checksum of its files. */
  private record Read(ImageSet images, VerifiedFile checksum) {}
}
