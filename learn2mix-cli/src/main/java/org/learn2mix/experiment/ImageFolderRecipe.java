package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.List;
import org.learn2mix.data.ImageTasks;
import org.learn2mix.data.Imagenette;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.LoadedImages;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.VerifiedFile;

/**
 * The data recipe of the Imagenette preset: find, decode and resize the image folders once per
 * process, then for each seed draw the imbalanced training subset and normalise with ImageNet's
 * channel statistics.
 */
final class ImageFolderRecipe implements Preset.DataRecipe {
  private final String name;
  private final ImbalanceRecipe imbalance;
  private final PerDataFolder<LoadedImages> images = new PerDataFolder<>(Imagenette::load);

  ImageFolderRecipe(String name, ImbalanceRecipe imbalance) {
    this.name = name;
    this.imbalance = imbalance;
  }

  @Override
  public TaskData prepare(long seed, Path dataDir) {
    return ImageTasks.classification(
        name,
        images.get(dataDir),
        imbalance,
        seed,
        ImageTasks.IMAGENET_MEAN,
        ImageTasks.IMAGENET_STD);
  }

  @Override
  public List<VerifiedFile> files(Path dataDir) {
    return images.files(dataDir);
  }
}
