package org.learn2mix.data;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The MNIST layout, shared by Fashion-MNIST: four IDX files, each either gzip-compressed under its
 * official {@code .gz} name or uncompressed under the bare name.
 *
 * <p>The checksums are SHA-256 of the decompressed content, so that the official {@code .gz} files,
 * recompressed copies (whose compressed bytes differ) and decompressed files all verify.
 *
 * @param contentSha256 SHA-256 of the decompressed content of each of {@link #FILES}
 * @param baseUrl the official folder; a file's URL is this followed by its {@code .gz} name
 * @param rows rows every image must have
 * @param cols columns every image must have
 * @param classCount labels lie in 0..classCount-1
 */
record IdxFormat(
    Map<String, String> contentSha256, String baseUrl, int rows, int cols, int classCount)
    implements ImageFormat {
  static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
  static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
  static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
  static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

  /** The four files, by their uncompressed names. */
  static final List<String> FILES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

  /** Checks that every file has a checksum. */
  IdxFormat {
    contentSha256 = Map.copyOf(contentSha256);
    for (String file : FILES) {
      if (!contentSha256.containsKey(file)) {
        throw new IllegalArgumentException("no checksum for " + file);
      }
    }
  }

  /** MNIST, with the published checksums of the decompressed files. */
  static IdxFormat mnist() {
    return new IdxFormat(
        Map.of(
            TRAIN_IMAGES, "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
            TRAIN_LABELS, "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
            TEST_IMAGES, "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
            TEST_LABELS, "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
        "https://ossci-datasets.s3.amazonaws.com/mnist/",
        28,
        28,
        10);
  }

  /** Fashion-MNIST, with the checksums of the decompressed files of Zalando's release. */
  static IdxFormat fashionMnist() {
    return new IdxFormat(
        Map.of(
            TRAIN_IMAGES, "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
            TRAIN_LABELS, "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
            TEST_IMAGES, "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
            TEST_LABELS, "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"),
        "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
        28,
        28,
        10);
  }

  @Override
  public List<RemoteFile> remoteFiles() {
    return FILES.stream().map(this::remoteFile).toList();
  }

  @Override
  public List<RemoteFile> missing(Path folder) {
    return FILES.stream().filter(f -> find(folder, f) == null).map(this::remoteFile).toList();
  }

  @Override
  public String expectedFiles() {
    return "the four IDX files " + String.join(", ", FILES) + ", each gzip-compressed (.gz) or not";
  }

  @Override
  public LoadedImages read(Path folder, List<String> classNames) {
    List<VerifiedFile> files = new ArrayList<>();
    ImageSet train = readPair(folder, TRAIN_IMAGES, TRAIN_LABELS, files);
    ImageSet test = readPair(folder, TEST_IMAGES, TEST_LABELS, files);
    return new LoadedImages(train, test, classNames, files);
  }

  private ImageSet readPair(Path folder, String images, String labels, List<VerifiedFile> files) {
    Path imagesFile = existing(folder, images);
    Path labelsFile = existing(folder, labels);
    byte[] imageContent = FileContent.read(imagesFile);
    IdxReader.IdxImages parsed = IdxReader.images(imagesFile, imageContent);
    if (parsed.rows() != rows || parsed.cols() != cols) {
      throw new DataSetException(
          String.format(
              "%s: images are %dx%d, this data set's are %dx%d",
              imagesFile, parsed.rows(), parsed.cols(), rows, cols));
    }
    files.add(verify(imagesFile, images, imageContent));
    byte[] labelContent = FileContent.read(labelsFile);
    int[] parsedLabels = IdxReader.labels(labelsFile, labelContent, classCount);
    files.add(verify(labelsFile, labels, labelContent));
    return IdxReader.pair(imagesFile, parsed, labelsFile, parsedLabels);
  }

  private VerifiedFile verify(Path file, String name, byte[] content) {
    Checksum checksum = Checksum.sha256OfContent(contentSha256.get(name));
    String actual = checksum.compute(content);
    checksum.check(file, actual);
    return new VerifiedFile(file, actual, VerifiedFile.Verification.CONTENT_SHA256);
  }

  private RemoteFile remoteFile(String name) {
    return new RemoteFile(
        name + ".gz",
        URI.create(baseUrl + name + ".gz"),
        Checksum.sha256OfContent(contentSha256.get(name)));
  }

  private Path existing(Path folder, String name) {
    Path file = find(folder, name);
    if (file == null) {
      throw new DataSetException(
          folder + ": missing " + name + ".gz (or uncompressed " + name + ")");
    }
    return file;
  }

  /** The uncompressed file if present (it reads fastest), else the {@code .gz}, else null. */
  private static Path find(Path folder, String name) {
    for (Path candidate : List.of(folder.resolve(name), folder.resolve(name + ".gz"))) {
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
