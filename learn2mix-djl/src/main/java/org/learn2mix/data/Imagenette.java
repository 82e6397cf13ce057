package org.learn2mix.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learn2mix.data.DataSetStatus.Origin;

/**
 * Imagenette (fast.ai): ten easily told ImageNet classes, 9,469 training and 3,925 validation
 * images in {@code train/} and {@code val/} class folders (see {@link ImageFolders}), read at
 * 224×224.
 *
 * <p>It is not downloaded automatically (the archives are large and have no published checksum):
 * the folder extracted from {@code imagenette2.tgz} or {@code imagenette2-320.tgz} is looked for in
 * the folder the user names ({@code --data-dir}, directly or in its {@code imagenette/} sub-folder;
 * nothing else is searched then), else in {@code $LEARN2MIX_DATA/imagenette}, else in the per-user
 * cache's {@code imagenette/}.
 */
public final class Imagenette {
  /** The data set's folder name and command-line name. */
  public static final String ID = "imagenette";

  /** Width and height the images are resized to. */
  public static final int SIDE = 224;

  /** Where the archives are published. */
  public static final String DOWNLOAD =
      "https://s3.amazonaws.com/fast-ai-imageclas/imagenette2-320.tgz";

  private Imagenette() {}

  /**
   * Finds and reads the images, resized to 224×224.
   *
   * @param dataDirOrNull a folder the user named, or null to search
   * @throws DataSetException if they cannot be found or read
   */
  public static LoadedImages load(Path dataDirOrNull) {
    return ImageFolders.read(find(SearchPaths.ofThisMachine(), dataDirOrNull).folder(), SIDE);
  }

  /**
   * One line for a listing of the data sets: where the image folders are, or why they are not
   * found. The images are not read (decoding them takes a while, and there is no checksum to
   * check).
   */
  public static String describe(Path dataDirOrNull) {
    try {
      DataLocator.Location found = find(SearchPaths.ofThisMachine(), dataDirOrNull);
      return String.format(
          "%s: %s (%s), image folders %s/ and %s/ (read when used; no published checksums)",
          ID, found.folder(), found.origin().label(), ImageFolders.TRAIN, ImageFolders.TEST);
    } catch (DataSetException e) {
      return e.getMessage().startsWith(ID + ":") ? e.getMessage() : ID + ": " + e.getMessage();
    }
  }

  /** The folder holding {@code train/} and {@code val/}. */
  static DataLocator.Location find(SearchPaths paths, Path dataDir) {
    if (dataDir != null) {
      if (!Files.isDirectory(dataDir)) {
        throw new DataSetException(dataDir + ": no such folder (named as the data folder)");
      }
      return inFolder(Origin.DATA_DIR, dataDir)
          .or(() -> inFolder(Origin.DATA_DIR, dataDir.resolve(ID)))
          .orElseThrow(
              () ->
                  new DataSetException(
                      String.format(
                          "%s: no %s image folders here (nor in %s): expected %s/ and %s/, each"
                              + " with one folder of .jpg, .jpeg or .png images per class",
                          dataDir,
                          ID,
                          dataDir.resolve(ID),
                          ImageFolders.TRAIN,
                          ImageFolders.TEST)));
    }
    List<DataLocator.Location> places = new ArrayList<>();
    if (paths.dataRoot() != null) {
      places.add(new DataLocator.Location(Origin.ENVIRONMENT, paths.dataRoot().resolve(ID)));
    }
    places.add(new DataLocator.Location(Origin.CACHE, paths.cacheRoot().resolve(ID)));
    for (DataLocator.Location place : places) {
      if (ImageFolders.holdsSplits(place.folder())) {
        return place;
      }
    }
    throw new DataSetException(
        ID
            + ": not found, and not downloaded automatically: download "
            + DOWNLOAD
            + " (or imagenette2.tgz), extract it and name the extracted folder with --data-dir,"
            + " or put its train/ and val/ into "
            + places.get(0).folder());
  }

  private static Optional<DataLocator.Location> inFolder(Origin origin, Path folder) {
    return ImageFolders.holdsSplits(folder)
        ? Optional.of(new DataLocator.Location(origin, folder))
        : Optional.empty();
  }
}
