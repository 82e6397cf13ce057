package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
  private final ImageSource source;
  private final Task task;
  private final ImbalanceRecipe imbalance;
  private final Map<Path, LoadedImages> loaded = new HashMap<>();

  ImageRecipe(String name, ImageSource source, Task task, ImbalanceRecipe imbalance) {
    if (task == Task.REGRESSION) {
      throw new IllegalArgumentException("images are classified or reconstructed");
    }
    this.name = name;
    this.source = source;
    this.task = task;
    this.imbalance = imbalance;
  }

  @Override
  public TaskData prepare(long seed, Path dataDir) {
    LoadedImages images =
        loaded.computeIfAbsent(
            dataDir == null ? Path.of("") : dataDir, dir -> source.load(dataDir));
    return task == Task.CLASSIFICATION
        ? ImageTasks.classification(name, images, imbalance, seed)
        : ImageTasks.reconstruction(name, images, imbalance, seed);
  }

  @Override
  public java.util.List<org.learn2mix.data.VerifiedFile> files(Path dataDir) {
    LoadedImages images = loaded.get(dataDir == null ? Path.of("") : dataDir);
    return images == null ? java.util.List.of() : images.files();
  }
}
