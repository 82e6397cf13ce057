package org.learn2mix.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.Task;
import org.learn2mix.data.images.ImageTasks;
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.locate.DataSet;
import org.learn2mix.data.published.CaliforniaHousing;
import org.learn2mix.data.published.Catalogue;
import org.learn2mix.data.published.MeanEstimation;
import org.learn2mix.data.published.NoisyLinear;
import org.learn2mix.data.published.WineQuality;
import org.learn2mix.data.text.TextTasks;
import org.learn2mix.model.AutoEncoder;
import org.learn2mix.model.CifarLeNet;
import org.learn2mix.model.LeNet5;
import org.learn2mix.model.LinearRegressor;
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
            DataRecipe.generated(MeanEstimation::generate),
            data -> Mlp.regressor(1),
            5e-5,
            0.01,
            500,
            500));
  }

  static {
    image("mnist", "MNIST digits; LeNet-5", Catalogue.MNIST, 1e-5, 0.1, 1000, 60);
    image(
        "fashion-mnist",
        "Fashion-MNIST clothing; LeNet-5",
        Catalogue.FASHION_MNIST,
        5e-6,
        0.5,
        1000,
        70);
    image("cifar10", "CIFAR-10; CIFAR-LeNet", Catalogue.CIFAR10, 1e-5, 0.1, 1000, 125);
    add(
        new Preset(
            "cifar100",
            "CIFAR-100, classes 1-50 keep 5% (N = 26,250); CIFAR-LeNet",
            Task.CLASSIFICATION,
            classification(
                "cifar100", Catalogue.CIFAR100, ImbalanceRecipe.keep(100, 0.05, range(1, 50))),
            data -> CifarLeNet.create(data.classCount()),
            1e-4,
            0.5,
            5000,
            80));
    reconstruction(
        "mnist-recon",
        "MNIST reconstruction, classes 6-10 keep 20%; autoencoder",
        Catalogue.MNIST,
        ImbalanceRecipe.keep(10, 0.2, range(6, 10)),
        5e-4,
        40);
    reconstruction(
        "fashion-mnist-recon",
        "Fashion-MNIST reconstruction, classes 6-10 keep 20%; autoencoder",
        Catalogue.FASHION_MNIST,
        ImbalanceRecipe.keep(10, 0.2, range(6, 10)),
        1e-5,
        70);
    reconstruction(
        "cifar10-recon",
        "CIFAR-10 reconstruction, all but classes 5-6 keep 10% (N = 14,000); autoencoder",
        Catalogue.CIFAR10,
        ImbalanceRecipe.keepAllBut(10, 0.1, 5, 6),
        1e-5,
        110);

    // Tabular regressions: MLP d -> 64 -> 1.
    add(
        new Preset(
            "wine-quality",
            "Wine Quality, class = type, white keeps 10% (N = 1,043); MLP",
            Task.REGRESSION,
            DataRecipe.located(Catalogue.WINE_QUALITY, WineQuality::prepare),
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
            DataRecipe.located(Catalogue.CALIFORNIA_HOUSING, CaliforniaHousing::prepare),
            data -> Mlp.regressor(1),
            5e-5,
            0.01,
            1000,
            1200));
  }

  // Text and image-folder presets.
  static {
    ImbalanceRecipe imdbImbalance = ImbalanceRecipe.keep(2, 0.3, 1);
    add(
        new Preset(
            "imdb",
            "IMDB reviews, 80/20 split, negative keeps 30% (N = 26,000); Transformer",
            Task.CLASSIFICATION,
            DataRecipe.of(
                dataDir -> TextTasks.encode(DataLocator.standard().load(Catalogue.IMDB, dataDir)),
                (encoded, seed) -> TextTasks.classification("imdb", encoded, imdbImbalance, seed)),
            data -> TextTransformer.create(data.vocabularySize(), data.classCount()),
            1e-4,
            0.1,
            500,
            40));
    add(
        new Preset(
            "imagenette",
            "Imagenette 224x224 from a folder you name, classes 6-10 keep 10%; ResNet-18",
            Task.CLASSIFICATION,
            DataRecipe.located(
                Catalogue.IMAGENETTE,
                (images, seed) ->
                    ImageTasks.classification(
                        "imagenette",
                        images,
                        ImbalanceRecipe.keep(10, 0.1, range(6, 10)),
                        seed,
                        ImageTasks.IMAGENET_MEAN,
                        ImageTasks.IMAGENET_STD)),
            data -> ResNet18.create(data.classCount()),
            1e-6,
            0.1,
            100,
            60));
  }

  // Proposition 2.3 checked (SPEC section 11): α* = σ_i² / Σ_j σ_j² is known in closed form; the
  // misspecified variant breaks the proposition's condition that one model fits every class.
  static {
    theory(
        NoisyLinear.WELL_SPECIFIED,
        "Proposition 2.3: y = w.x + noise of sd 0.5/1/1.5/2 by class; linear model; built in");
    theory(
        NoisyLinear.MISSPECIFIED,
        "theory with class 1's slope changed: one linear model cannot fit every class; built in");
  }

  private Presets() {}

  private static void theory(NoisyLinear problem, String summary) {
    add(
        new Preset(
            problem.name(),
            summary,
            Task.REGRESSION,
            DataRecipe.generated(problem::generate),
            data -> LinearRegressor.create(1),
            5e-2,
            0.3,
            4000,
            30,
            NoisyLinear.alphaStar()));
  }

  private static void image(
      String name,
      String summary,
      DataSet<LoadedImages> source,
      double learningRate,
      double gamma,
      int batchSize,
      int epochs) {
    boolean grey = source == Catalogue.MNIST || source == Catalogue.FASHION_MNIST;
    add(
        new Preset(
            name,
            summary,
            Task.CLASSIFICATION,
            classification(name, source, ImbalanceRecipe.none(source.classNames().size())),
            data -> grey ? LeNet5.create(data.classCount()) : CifarLeNet.create(data.classCount()),
            learningRate,
            gamma,
            batchSize,
            epochs));
  }

  private static void reconstruction(
      String name,
      String summary,
      DataSet<LoadedImages> source,
      ImbalanceRecipe imbalance,
      double learningRate,
      int epochs) {
    add(
        new Preset(
            name,
            summary,
            Task.RECONSTRUCTION,
            DataRecipe.located(
                source, (images, seed) -> ImageTasks.reconstruction(name, images, imbalance, seed)),
            data -> AutoEncoder.create(data.train().featureCount()),
            learningRate,
            0.1,
            1000,
            epochs));
  }

  /** An image classification read from {@code source}, imbalanced as {@code imbalance} says. */
  private static DataRecipe<LoadedImages> classification(
      String name, DataSet<LoadedImages> source, ImbalanceRecipe imbalance) {
    return DataRecipe.located(
        source, (images, seed) -> ImageTasks.classification(name, images, imbalance, seed));
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
