package org.learn2mix.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.learn2mix.data.CaliforniaHousing;
import org.learn2mix.data.ImageSource;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.MeanEstimation;
import org.learn2mix.data.TableSource;
import org.learn2mix.data.Task;
import org.learn2mix.data.WineQuality;
import org.learn2mix.model.AutoEncoder;
import org.learn2mix.model.CifarLeNet;
import org.learn2mix.model.LeNet5;
import org.learn2mix.model.Mlp;
import org.learn2mix.model.ResNet18;
import org.learn2mix.model.TextTransformer;

/** The built-in presets, by name. */
public final class Presets {
  /** The preset a bare {@code learn2mix compare} runs. */
  public static final String DEFAULT = "mean-estimation";

  private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

  static {
    add(
        new Preset(
            "mean-estimation",
            "synthetic: estimate a distribution's mean from 10 draws; MLP; built in",
            Task.REGRESSION,
            Preset.DataRecipe.generated(MeanEstimation::generate),
            data -> Mlp.regressor(1),
            5e-5,
            0.01,
            500,
            500));
  }

  static {
    image("mnist", "MNIST digits; LeNet-5", ImageSource.MNIST, 1e-5, 0.1, 1000, 60);
    image(
        "fashion-mnist",
        "Fashion-MNIST clothing; LeNet-5",
        ImageSource.FASHION_MNIST,
        5e-6,
        0.5,
        1000,
        70);
    image("cifar10", "CIFAR-10; CIFAR-LeNet", ImageSource.CIFAR10, 1e-5, 0.1, 1000, 125);
    add(
        new Preset(
            "cifar100",
            "CIFAR-100, classes 1-50 keep 5% (N = 26,250); CIFAR-LeNet",
            Task.CLASSIFICATION,
            new ImageRecipe(
                "cifar100",
                ImageSource.CIFAR100,
                Task.CLASSIFICATION,
                ImbalanceRecipe.keep(100, 0.05, range(1, 50))),
            data -> CifarLeNet.create(data.classCount()),
            1e-4,
            0.5,
            5000,
            80));
    reconstruction(
        "mnist-recon",
        "MNIST reconstruction, classes 6-10 keep 20%; autoencoder",
        ImageSource.MNIST,
        ImbalanceRecipe.keep(10, 0.2, range(6, 10)),
        5e-4,
        40);
    reconstruction(
        "fashion-mnist-recon",
        "Fashion-MNIST reconstruction, classes 6-10 keep 20%; autoencoder",
        ImageSource.FASHION_MNIST,
        ImbalanceRecipe.keep(10, 0.2, range(6, 10)),
        1e-5,
        70);
    reconstruction(
        "cifar10-recon",
        "CIFAR-10 reconstruction, all but classes 5-6 keep 10% (N = 14,000); autoencoder",
        ImageSource.CIFAR10,
        ImbalanceRecipe.keepAllBut(10, 0.1, 5, 6),
        1e-5,
        110);

    // ---- tabular regressions (issue 4): wine-quality, california-housing; MLP d -> 64 -> 1 ----
    add(
        new Preset(
            "wine-quality",
            "Wine Quality, class = type, white keeps 10% (N = 1,043); MLP",
            Task.REGRESSION,
            new TableRecipe(TableSource.WINE_QUALITY, WineQuality::prepare),
            data -> Mlp.regressor(1),
            1e-4,
            0.05,
            100,
            300));
    add(
        new Preset(
            "california-housing",
            "California housing, class = ocean proximity, all but INLAND keep 5% (N = 3,641); MLP",
            Task.REGRESSION,
            new TableRecipe(TableSource.CALIFORNIA_HOUSING, CaliforniaHousing::prepare),
            data -> Mlp.regressor(1),
            5e-5,
            0.01,
            1000,
            1200));
    // ---- end of the tabular regressions ----
  }

  // ---- Text and image-folder presets (issue 4): imdb, imagenette. ----
  static {
    TextRecipe imdb = new TextRecipe("imdb", ImbalanceRecipe.keep(2, 0.3, 1));
    add(
        new Preset(
            "imdb",
            "IMDB reviews, 80/20 split, negative keeps 30% (N = 26,000); Transformer",
            Task.CLASSIFICATION,
            imdb,
            data -> TextTransformer.create(imdb.vocabularySize(data), data.classCount()),
            1e-4,
            0.1,
            500,
            40));
    add(
        new Preset(
            "imagenette",
            "Imagenette 224x224 from a folder you name, classes 6-10 keep 10%; ResNet-18",
            Task.CLASSIFICATION,
            new ImageFolderRecipe("imagenette", ImbalanceRecipe.keep(10, 0.1, range(6, 10))),
            data -> ResNet18.create(data.classCount()),
            1e-6,
            0.1,
            100,
            60));
  }

  // ---- End of the text and image-folder presets. ----

  private Presets() {}

  private static void image(
      String name,
      String summary,
      ImageSource source,
      double learningRate,
      double gamma,
      int batchSize,
      int epochs) {
    boolean grey = source == ImageSource.MNIST || source == ImageSource.FASHION_MNIST;
    add(
        new Preset(
            name,
            summary,
            Task.CLASSIFICATION,
            new ImageRecipe(
                name, source, Task.CLASSIFICATION, ImbalanceRecipe.none(source.classCount())),
            data -> grey ? LeNet5.create(data.classCount()) : CifarLeNet.create(data.classCount()),
            learningRate,
            gamma,
            batchSize,
            epochs));
  }

  private static void reconstruction(
      String name,
      String summary,
      ImageSource source,
      ImbalanceRecipe imbalance,
      double learningRate,
      int epochs) {
    add(
        new Preset(
            name,
            summary,
            Task.RECONSTRUCTION,
            new ImageRecipe(name, source, Task.RECONSTRUCTION, imbalance),
            data -> AutoEncoder.create(data.train().featureCount()),
            learningRate,
            0.1,
            1000,
            epochs));
  }

  /** Classes {@code from} to {@code to}, 1-based and inclusive. */
  private static int[] range(int from, int to) {
    int[] classes = new int[to - from + 1];
    for (int i = 0; i < classes.length; i++) {
      classes[i] = from + i;
    }
    return classes;
  }

  private static void add(Preset preset) {
    PRESETS.put(preset.name(), preset);
  }

  /**
   * The preset called {@code name}.
   *
   * @throws UsageException listing the known presets if there is none
   */
  public static Preset find(String name) {
    Preset preset = PRESETS.get(name);
    if (preset == null) {
      throw new UsageException(
          "unknown preset '" + name + "' (known: " + String.join(", ", PRESETS.keySet()) + ")");
    }
    return preset;
  }

  /** All presets in listing order. */
  public static Iterable<Preset> all() {
    return PRESETS.values();
  }
}
