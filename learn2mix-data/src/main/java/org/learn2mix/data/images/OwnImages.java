package org.learn2mix.data.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.ReadCounter;
import org.learn2mix.data.ReadProgress;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.data.locate.FolderDigest;

/**
 * An image folder of one's own, decoded once (SPEC section 9): every image as bytes, grey or colour
 * as the listing found, at one size, and the folder's checksum. Each training seed then gets its
 * task from {@link #prepare}: the kept training images, each channel standardised with their mean
 * and standard deviation, the pixels held as bytes.
 */
public final class OwnImages {
  private final ImageFolderListing listing;
  private final LoadedImages images;
  private final String sha256;

  private OwnImages(ImageFolderListing listing, LoadedImages images, String sha256) {
    this.listing = listing;
    this.images = images;
    this.sha256 = sha256;
  }

  /**
   * Decodes every image of {@code listing} on all processors, resizing those whose size differs
   * from the listing's with the antialiased bilinear filter the Imagenette preset uses.
   *
   * @param listing the folder, listed
   * @param progress hears how many images are decoded
   * @return the decoded folder
   * @throws DataSetException naming a file that cannot be read or decoded
   * @throws IllegalStateException if the images differ in size and the spec keeps their own
   */
  public static OwnImages read(ImageFolderListing listing, ReadProgress progress) {
    int channels = listing.channels();
    int height = listing.height();
    int width = listing.width();
    int total = listing.imageCount();
    ReadCounter counter = new ReadCounter(progress, total);
    byte[][] trainSums = new byte[listing.train().paths().size()][];
    byte[][] testSums = new byte[listing.test().paths().size()][];
    ImageSet train = decode(listing.train(), channels, height, width, trainSums, counter);
    ImageSet test = decode(listing.test(), channels, height, width, testSums, counter);
    TreeMap<String, byte[]> byPath = new TreeMap<>();
    for (int n = 0; n < trainSums.length; n++) {
      byPath.put(listing.relative(listing.train().paths().get(n)), trainSums[n]);
    }
    for (int n = 0; n < testSums.length; n++) {
      byPath.put(listing.relative(listing.test().paths().get(n)), testSums[n]);
    }
    String sha256 = FolderDigest.of(byPath);
    Path root = listing.spec().root();
    LoadedImages images =
        new LoadedImages(
            train,
            test,
            listing.classNames(),
            List.of(new VerifiedFile(root, sha256, VerifiedFile.Verification.NOT_VERIFIED)));
    return new OwnImages(listing, images, sha256);
  }

  /**
   * The task for one training seed: the training images the spec keeps, chosen by the seed, and
   * every test image; each channel standardised with the kept training images' mean and standard
   * deviation; pixels held as bytes.
   *
   * @param seed chooses the kept training images
   * @return the task, named after the folder, examples shaped channels × height × width
   */
  public TaskData prepare(long seed) {
    int[] kept = listing.imbalance().select(images.train().labels(), seed);
    return ImageTasks.standardisedClassification(name(), images, kept);
  }

  /**
   * The folder's name, which names the task and the results folder.
   *
   * @return the last element of the folder's path
   */
  public String name() {
    Path root = listing.spec().root().toAbsolutePath().normalize();
    return root.getFileName() == null ? "images" : root.getFileName().toString();
  }

  /**
   * The listing the images were decoded from.
   *
   * @return the listing, with the spec, classes and counts
   */
  public ImageFolderListing listing() {
    return listing;
  }

  /**
   * The decoded images, training and test, whole.
   *
   * @return the images, before any thinning
   */
  public LoadedImages images() {
    return images;
  }

  /**
   * The folder's checksum over every image read: each file's path relative to the folder and its
   * SHA-256, as {@link FolderDigest} makes it.
   *
   * @return 64 lower-case hex digits
   */
  public String sha256() {
    return sha256;
  }

  private static ImageSet decode(
      ImageFolderListing.SplitFiles files,
      int channels,
      int height,
      int width,
      byte[][] sums,
      ReadCounter counter) {
    int perImage = channels * height * width;
    int count = files.paths().size();
    byte[] pixels = new byte[Math.multiplyExact(count, perImage)];
    IntStream.range(0, count)
        .parallel()
        .forEach(
            n -> {
              Path file = files.paths().get(n);
              byte[] bytes = bytes(file);
              sums[n] = FolderDigest.sha256(bytes);
              ImageDecoder.Decoded image = ImageDecoder.decode(file.toString(), bytes);
              if (image.width() == width && image.height() == height) {
                ImageResampler.copy(image.rgb(), channels, pixels, n * perImage);
              } else {
                ImageResampler.resize(
                    image.rgb(),
                    image.width(),
                    image.height(),
                    width,
                    height,
                    channels,
                    pixels,
                    n * perImage);
              }
              counter.one();
            });
    return new ImageSet(count, channels, height, width, pixels, files.labels().clone());
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw FileContent.cannotRead(file, e);
    }
  }
}
