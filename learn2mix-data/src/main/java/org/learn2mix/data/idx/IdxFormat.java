package org.learn2mix.data.idx;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.images.ImageSet;
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.DataFormat;
import org.learn2mix.data.locate.FileContent;
import org.learn2mix.data.locate.RemoteFile;

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
public record IdxFormat(
    Map<String, String> contentSha256, String baseUrl, int rows, int cols, int classCount)
    implements DataFormat<LoadedImages> {
  /** The training images file, by its uncompressed name. */
  public static final String TRAIN_IMAGES = "train-images-idx3-ubyte";

  /** The training labels file. */
  public static final String TRAIN_LABELS = "train-labels-idx1-ubyte";

  /** The test images file. */
  public static final String TEST_IMAGES = "t10k-images-idx3-ubyte";

  /** The test labels file. */
  public static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

  /** The four files, by their uncompressed names. */
  public static final List<String> FILES =
      List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

  /**
   * Copies the checksums and checks that every file has one.
   *
   * @param contentSha256 for each of {@link #FILES}, by its uncompressed name, the SHA-256 of its
   *     decompressed content in hex; copied
   * @param baseUrl the official folder, ending in {@code /}; a file's URL is this followed by its
   *     {@code .gz} name
   * @param rows rows every image must have, e.g. 28
   * @param cols columns every image must have, e.g. 28
   * @param classCount number of classes; labels must lie in 0..classCount-1
   * @throws IllegalArgumentException if one of {@link #FILES} has no checksum
   */
  public IdxFormat {
    contentSha256 = Map.copyOf(contentSha256);
    for (String file : FILES) {
      if (!contentSha256.containsKey(file)) {
        throw new IllegalArgumentException("no checksum for " + file);
      }
    }
  }

  @Override
  public List<RemoteFile> remoteFiles() {
    return FILES.stream().map(this::remoteFile).toList();
  }

  @Override
  public List<String> missing(Path folder) {
    return FILES.stream()
        .filter(f -> find(folder, f) == null)
        .map(f -> remoteFile(f).fileName())
        .toList();
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
