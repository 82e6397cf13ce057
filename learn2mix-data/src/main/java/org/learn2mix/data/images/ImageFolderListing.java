package org.learn2mix.data.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.NamedImbalance;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.locate.ClassFolders;
import org.learn2mix.random.SplitMix64;

/**
 * An image folder of one's own, listed and its image headers read, before any pixel is decoded: the
 * classes, each split's files, every image's size and whether it is grey. What decoding will cost
 * is known from it, so a folder too large, or of mixed sizes, can be refused before it is read.
 *
 * <p>The training images are {@code root/train/<class>/*}; the test images are {@code
 * root/test/<class>/*} or {@code root/val/<class>/*}, or, without either folder, a stratified share
 * of the training folder's images chosen by the split seed (the same for every training seed).
 * Classes are the sorted folder names under {@code train/}; files are JPEG, PNG, GIF or BMP, in any
 * case, in file-name order; other files are skipped.
 */
public final class ImageFolderListing {
  /** Names a test folder may have, in the order looked for. */
  public static final List<String> TEST_FOLDERS = List.of("test", ImageFolders.TEST);

  private final ImageFolderSpec spec;
  private final List<String> classNames;
  private final String testFolder;
  private final SplitFiles train;
  private final SplitFiles test;
  private final ImbalanceRecipe imbalance;
  private final Optional<String> differingSizes;

  /**
   * One split's image files, in class order, with each file's class and header.
   *
   * @param paths the files
   * @param labels the class of each file
   * @param headers the header of each file
   */
  record SplitFiles(List<Path> paths, int[] labels, ImageDecoder.Header[] headers) {
    int[] counts(int k) {
      int[] counts = new int[k];
      for (int label : labels) {
        counts[label]++;
      }
      return counts;
    }

    SplitFiles subset(int[] indices) {
      List<Path> p = new ArrayList<>(indices.length);
      int[] l = new int[indices.length];
      for (int i = 0; i < indices.length; i++) {
        p.add(paths.get(indices[i]));
        l[i] = labels[indices[i]];
      }
      return new SplitFiles(p, l, null);
    }

    SplitFiles withHeaders() {
      ImageDecoder.Header[] read = new ImageDecoder.Header[paths.size()];
      IntStream.range(0, read.length)
          .parallel()
          .forEach(n -> read[n] = ImageDecoder.header(paths.get(n)));
      return new SplitFiles(paths, labels, read);
    }
  }

  private ImageFolderListing(
      ImageFolderSpec spec,
      List<String> classNames,
      String testFolder,
      SplitFiles train,
      SplitFiles test,
      ImbalanceRecipe imbalance) {
    this.spec = spec;
    this.classNames = List.copyOf(classNames);
    this.testFolder = testFolder;
    this.train = train;
    this.test = test;
    this.imbalance = imbalance;
    this.differingSizes = findDifferingSizes();
  }

  /**
   * Lists the folder {@code spec} names, splits it if it has no test folder, and reads every
   * image's header (on all processors).
   *
   * @param spec the folder and how to prepare it
   * @return the listing
   * @throws DataSetException naming the folder or file at fault: no training folder, no class
   *     folders, a training class without images, a test class that training lacks, two test
   *     folders, a class kept too thin, a class to keep that does not exist, or a file that is no
   *     image the JDK can read
   */
  public static ImageFolderListing scan(ImageFolderSpec spec) {
    Path root = spec.root();
    if (!Files.isDirectory(root)) {
      throw new DataSetException(root + ": no such folder");
    }
    Path trainFolder = root.resolve(ImageFolders.TRAIN);
    if (!Files.isDirectory(trainFolder)) {
      throw new DataSetException(
          root
              + ": has no "
              + ImageFolders.TRAIN
              + "/ folder; expected "
              + ImageFolders.TRAIN
              + "/<class>/ with the training images, and test/<class>/ or val/<class>/ with the"
              + " test images (or none, to split training)");
    }
    List<String> present =
        TEST_FOLDERS.stream().filter(n -> Files.isDirectory(root.resolve(n))).toList();
    if (present.size() > 1) {
      throw new DataSetException(
          root + ": has both " + String.join("/ and ", present) + "/; keep one test folder");
    }
    List<String> classes = ImageFolders.classNames(trainFolder);
    SplitFiles train = files(trainFolder, classes, true);
    SplitFiles test;
    String testFolder = present.isEmpty() ? null : present.get(0);
    if (testFolder != null) {
      test = files(root.resolve(testFolder), classes, false);
    } else {
      TrainTestSplit split =
          TrainTestSplit.stratified(
              train.labels(),
              classes.size(),
              1 - spec.testFraction(),
              SplitMix64.derive(spec.splitSeed(), "split"));
      test = train.subset(split.test());
      train = train.subset(split.train());
    }
    if (test.paths().isEmpty()) {
      throw new DataSetException(root.resolve(testFolder) + ": has no images to test on");
    }
    ImbalanceRecipe imbalance = NamedImbalance.recipe(spec.keep(), classes, spec.root());
    NamedImbalance.checkTrainingCounts(
        imbalance,
        train.counts(classes.size()),
        classes,
        spec.root(),
        "image",
        testFolder == null
            ? c -> NamedImbalance.percent(spec.testFraction()) + " held out for testing"
            : null);
    return new ImageFolderListing(
        spec, classes, testFolder, train.withHeaders(), test.withHeaders(), imbalance);
  }

  /** The images of one split, class after class; with {@code everyClass}, none may lack one. */
  private static SplitFiles files(Path split, List<String> classes, boolean everyClass) {
    List<String> here = ImageFolders.classNames(split);
    for (String name : here) {
      if (!classes.contains(name)) {
        throw new DataSetException(
            split.resolve(name)
                + ": a class folder that "
                + ImageFolders.TRAIN
                + "/ does not have (its classes are "
                + String.join(", ", classes)
                + ")");
      }
    }
    ClassFolders.Listing listing =
        ClassFolders.list(split, classes, ImageFolders.EXTENSIONS, ImageFolders.KIND, everyClass);
    return new SplitFiles(listing.files(), listing.labels(), null);
  }

  /**
   * What the listing was made from.
   *
   * @return the spec given to {@link #scan}
   */
  public ImageFolderSpec spec() {
    return spec;
  }

  /**
   * The classes.
   *
   * @return the sorted class folder names under {@code train/}
   */
  public List<String> classNames() {
    return classNames;
  }

  /**
   * The test folder's name.
   *
   * @return {@code test} or {@code val}, or empty when the test images were split off training
   */
  public Optional<String> testFolder() {
    return Optional.ofNullable(testFolder);
  }

  /**
   * How many training images each class has, before any thinning.
   *
   * @return one count per class, in class order
   */
  public int[] trainCounts() {
    return train.counts(classNames.size());
  }

  /**
   * How many training images each class keeps after thinning.
   *
   * @return one count per class, in class order, the same for every seed
   */
  public int[] keptCounts() {
    return imbalance.keptCounts(trainCounts());
  }

  /**
   * How many test images each class has.
   *
   * @return one count per class, in class order; a class may have none
   */
  public int[] testCounts() {
    return test.counts(classNames.size());
  }

  /**
   * The share of each class's training images kept.
   *
   * @return the recipe, from the spec's fractions by class name
   */
  public ImbalanceRecipe imbalance() {
    return imbalance;
  }

  /**
   * Number of images in both splits.
   *
   * @return the training and test images together
   */
  public int imageCount() {
    return train.paths().size() + test.paths().size();
  }

  /**
   * Two images of different sizes, when the images do not share one.
   *
   * @return e.g. {@code "train/a/1.png is 28x28, train/b/7.png is 32x30"}, paths relative to the
   *     folder; empty when every image has the same size
   */
  public Optional<String> differingSizes() {
    return differingSizes;
  }

  private Optional<String> findDifferingSizes() {
    Path firstPath = null;
    ImageDecoder.Header first = null;
    for (SplitFiles split : List.of(train, test)) {
      for (int n = 0; n < split.paths().size(); n++) {
        ImageDecoder.Header h = split.headers()[n];
        if (first == null) {
          first = h;
          firstPath = split.paths().get(n);
        } else if (h.width() != first.width() || h.height() != first.height()) {
          return Optional.of(
              String.format(
                  "%s is %dx%d, %s is %dx%d",
                  relative(firstPath),
                  first.width(),
                  first.height(),
                  relative(split.paths().get(n)),
                  h.width(),
                  h.height()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Colour channels the images get: 1 when every image is grey, else 3 (a grey image among colour
   * ones repeats its level in all three).
   *
   * @return 1 or 3
   */
  public int channels() {
    return greyImages() == imageCount() ? 1 : 3;
  }

  /**
   * How many images are grey.
   *
   * @return the images whose header says grey levels or a palette of greys
   */
  public int greyImages() {
    int grey = 0;
    for (SplitFiles split : List.of(train, test)) {
      for (ImageDecoder.Header h : split.headers()) {
        grey += h.grey() ? 1 : 0;
      }
    }
    return grey;
  }

  /**
   * The width every image gets.
   *
   * @return the spec's image size, or the images' own width
   * @throws IllegalStateException if the images differ in size and the spec keeps their own
   */
  public int width() {
    return spec.imageSize() > 0 ? spec.imageSize() : sharedHeader().width();
  }

  /**
   * The height every image gets.
   *
   * @return the spec's image size, or the images' own height
   * @throws IllegalStateException if the images differ in size and the spec keeps their own
   */
  public int height() {
    return spec.imageSize() > 0 ? spec.imageSize() : sharedHeader().height();
  }

  /**
   * How many images are resized.
   *
   * @return the images whose size differs from {@link #width()} × {@link #height()}
   */
  public int resizedImages() {
    int resized = 0;
    int width = width();
    int height = height();
    for (SplitFiles split : List.of(train, test)) {
      for (ImageDecoder.Header h : split.headers()) {
        resized += h.width() != width || h.height() != height ? 1 : 0;
      }
    }
    return resized;
  }

  /**
   * Bytes the decoded images take, one per channel value: the whole folder once.
   *
   * @return images × channels × height × width
   */
  public long decodedBytes() {
    return (long) imageCount() * channels() * height() * width();
  }

  /**
   * Bytes the images of one training seed take beside the decoded folder: its training images, a
   * copy of the kept ones (the test images are shared).
   *
   * @return kept training images × channels × height × width
   */
  public long trainingBytes() {
    return (long) Arrays.stream(keptCounts()).sum() * channels() * height() * width();
  }

  SplitFiles train() {
    return train;
  }

  SplitFiles test() {
    return test;
  }

  /** A file's path relative to the folder, with '/' separators. */
  String relative(Path file) {
    return spec.root().relativize(file).toString().replace('\\', '/');
  }

  private ImageDecoder.Header sharedHeader() {
    if (differingSizes.isPresent()) {
      throw new IllegalStateException("the images differ in size: " + differingSizes.get());
    }
    return train.headers()[0];
  }
}
