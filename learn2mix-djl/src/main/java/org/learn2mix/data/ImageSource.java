package org.learn2mix.data;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The published image data sets, each with its class names, its official files with their checksums
 * and download locations, and a loader that finds (or downloads) and verifies them.
 */
public enum ImageSource {
  /** Handwritten digits, 60,000 + 10,000 grey 28x28 images. */
  MNIST("mnist", ImageClassNames.DIGITS, IdxFormat.mnist(), null),
  /** Zalando's clothing images, 60,000 + 10,000 grey 28x28; Debian packages it. */
  FASHION_MNIST(
      "fashion-mnist", ImageClassNames.FASHION, IdxFormat.fashionMnist(), "fashion-mnist"),
  /** 50,000 + 10,000 colour 32x32 images in 10 classes. */
  CIFAR10("cifar10", ImageClassNames.CIFAR10, CifarFormat.cifar10(), null),
  /** 50,000 + 10,000 colour 32x32 images in 100 (fine) classes. */
  CIFAR100("cifar100", ImageClassNames.CIFAR100, CifarFormat.cifar100(), null);

  private final DataSetSpec<LoadedImages> spec;

  ImageSource(String id, List<String> classNames, ImageFormat format, String systemFolder) {
    this.spec = new DataSetSpec<>(id, classNames, format, systemFolder);
  }

  /** The short name used for folders and on the command line, e.g. {@code fashion-mnist}. */
  public String id() {
    return spec.id();
  }

  /** The class names in label order. */
  public List<String> classNames() {
    return spec.classNames();
  }

  /** Number of classes. */
  public int classCount() {
    return spec.classNames().size();
  }

  /** The official files, with their download locations and published checksums. */
  public List<RemoteFile> officialFiles() {
    return spec.format().remoteFiles();
  }

  /** The files a folder must hold, in words, e.g. for help texts. */
  public String expectedFiles() {
    return spec.format().expectedFiles();
  }

  /**
   * Finds, verifies and reads this data set, downloading it into the per-user cache if it is
   * nowhere else; see {@link DataLocator} for where it looks.
   *
   * @param dataDirOrNull a folder the user named (it must hold the files), or null to search
   * @throws DataSetException if it cannot be found, downloaded, verified or read
   */
  public LoadedImages load(Path dataDirOrNull) {
    return DataLocator.standard().load(this, dataDirOrNull);
  }

  /**
   * The data set with this {@link #id()}.
   *
   * @throws IllegalArgumentException naming the known ids if there is none
   */
  public static ImageSource byId(String id) {
    return Arrays.stream(values())
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown image data set '"
                        + id
                        + "'; known: "
                        + String.join(
                            ", ", Arrays.stream(values()).map(ImageSource::id).toList())));
  }

  DataSetSpec<LoadedImages> spec() {
    return spec;
  }
}
