package org.learn2mix.experiment;

import java.nio.file.Path;
import org.learn2mix.data.ImageSource;
import org.learn2mix.data.ImageTasks;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.LoadedImages;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

/**
 * The data recipe of an image preset: find and verify the files once per process, then for each
 * seed draw the imbalanced training subset and prepare it for the task.
 */
final class ImageRecipe implements Preset.DataRecipe {
  private final String name;
  private final Task task;
  private final ImbalanceRecipe imbalance;
  private final PerDataFolder<LoadedImages> images;

  ImageRecipe(String name, ImageSource source, Task task, ImbalanceRecipe imbalance) {
    if (task == Task.REGRESSION) {
      throw new IllegalArgumentException("images are classified or reconstructed");
    }
    this.name = name;
    this.images = new PerDataFolder<>(source::load);
    this.task = task;
    this.imbalance = imbalance;
  }

  @Override
  public TaskData prepare(long seed, Path dataDir) {
    LoadedImages loaded = images.get(dataDir);
    return task == Task.CLASSIFICATION
        ? ImageTasks.classification(name, loaded, imbalance, seed)
        : ImageTasks.reconstruction(name, loaded, imbalance, seed);
  }

  @Override
  public java.util.List<org.learn2mix.data.VerifiedFile> files(Path dataDir) {
    return images.files(dataDir);
  }
}
