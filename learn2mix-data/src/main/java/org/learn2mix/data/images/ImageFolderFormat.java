package org.learn2mix.data.images;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.learn2mix.data.locate.DataFormat;
import org.learn2mix.data.locate.RemoteFile;

/**
 * An image classification data set as class folders, {@code train/<class>/} and {@code
 * val/<class>/} (see {@link ImageFolders}), every image resized to a square. Image folders have no
 * published checksums and are not downloaded: a listing finds them without decoding them.
 *
 * @param side the width and height every image is resized to, at least 1
 */
public record ImageFolderFormat(int side) implements DataFormat<LoadedImages> {
  /**
   * Checks the side.
   *
   * @param side the width and height every image is resized to, in pixels
   * @throws IllegalArgumentException if {@code side} is below 1
   */
  public ImageFolderFormat {
    if (side < 1) {
      throw new IllegalArgumentException("images need a side of at least 1 pixel, got " + side);
    }
  }

  @Override
  public List<RemoteFile> remoteFiles() {
    return List.of();
  }

  @Override
  public List<String> missing(Path folder) {
    return ImageFolders.holdsSplits(folder)
        ? List.of()
        : List.of(ImageFolders.TRAIN + "/ and " + ImageFolders.TEST + "/");
  }

  @Override
  public String expectedFiles() {
    return ImageFolders.TRAIN
        + "/ and "
        + ImageFolders.TEST
        + "/, each with one folder of .jpg, .jpeg or .png images per class";
  }

  @Override
  public LoadedImages read(Path folder, List<String> classNames) {
    return ImageFolders.read(folder, side);
  }

  @Override
  public Optional<String> listedUnread() {
    return Optional.of(
        String.format(
            "image folders %s/ and %s/ (read when used; no published checksums)",
            ImageFolders.TRAIN, ImageFolders.TEST));
  }
}
