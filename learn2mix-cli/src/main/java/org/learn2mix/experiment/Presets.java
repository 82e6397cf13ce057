package org.learn2mix.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.learn2mix.batching.Strategy;
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
import org.learn2mix.data.tables.TabularTask;
import org.learn2mix.data.text.TextTasks;
import org.learn2mix.model.AutoEncoder;
import org.learn2mix.model.CifarLeNet;
import org.learn2mix.model.LeNet5;
import org.learn2mix.model.LinearRegressor;
import org.learn2mix.model.Mlp;
import org.learn2mix.model.ResNet18;
import org.learn2mix.model.TextTransformer;
import org.learn2mix.train.InitialWeights;

/** The built-in presets, by name. */
public final class Presets {
  /** The preset a bare {@code learn2mix compare} runs. */
  public static final String DEFAULT = "mean-estimation";

  private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

  /** Each preset's departures under {@link Protocol#REFERENCE_CODE}, where they are known. */
  private static final Map<String, ReferenceCode> REFERENCE_CODE = new LinkedHashMap<>();

  /**
   * The split seed of the Wine Quality script ({@code random_state=42}); our stratified split drawn
   * from it is not scikit-learn's, but like the script's it is the same for every run.
   */
  private static final long SCRIPT_SPLIT_SEED = 42;

  /** The tabular scripts' preparation: scaling from all rows, the first training rows kept. */
  private static final TabularTask.Choices SCRIPT_TABLES =
      new TabularTask.Choices(
          TabularTask.StatisticsFrom.ALL_ROWS, TabularTask.KeptRows.FIRST_IN_SPLIT_ORDER);

  /** The seed of the base network the reconstruction scripts perturb for every run. */
  private static final long SCRIPT_BASE_SEED = 0;

  private static final String SHARED =
      "batches of Σ⌊α_i·M⌋ examples (a class with α_i·M < 1 gets none)";

  private static final String REGRESSION_SCRIPT =
      "α moves once per epoch from the last batch's class losses; "
          + SHARED
          + "; what the script calls classical is fixed-mix";

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
    referenceCode(
        "mean-estimation",
        REGRESSION_SCRIPT,
        p -> p.under(Procedure.scripts().callingClassical(Strategy.FIXED_MIX)));
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
    referenceCode(
        "mnist",
        "α moves after every batch from that batch's class losses; " + SHARED,
        p -> p.under(Procedure.scripts().updatingPerBatch()));
    referenceCode(
        "fashion-mnist",
        "α moves after every batch from that batch's class losses, γ 0.1 (Table 3: 0.5); " + SHARED,
        p -> p.withGamma(0.1).under(Procedure.scripts().updatingPerBatch()));
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
    referenceCode(
        "mnist-recon",
        "every run starts from one base network plus N(0, 0.05²) on every weight and bias; AdamW"
            + " with weight decay 0.01; "
            + REGRESSION_SCRIPT,
        p ->
            p.under(
                Procedure.scripts()
                    .callingClassical(Strategy.FIXED_MIX)
                    .withWeightDecay(0.01)
                    .startingFrom(new InitialWeights(SCRIPT_BASE_SEED, 0.05))));
    reconstruction(
        "fashion-mnist-recon",
        "Fashion-MNIST reconstruction, classes 6-10 keep 20%; autoencoder",
        Catalogue.FASHION_MNIST,
        ImbalanceRecipe.keep(10, 0.2, range(6, 10)),
        1e-5,
        70);
    referenceCode(
        "fashion-mnist-recon",
        "every run starts from one base network plus N(0, 0.007²) on every weight and bias; "
            + REGRESSION_SCRIPT,
        p ->
            p.under(
                Procedure.scripts()
                    .callingClassical(Strategy.FIXED_MIX)
                    .startingFrom(new InitialWeights(SCRIPT_BASE_SEED, 7e-3))));
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
    referenceCode(
        "wine-quality",
        "features standardised with all rows' mean and std before the split; one split (seed 42)"
            + " and the first ⌊0.1·N⌋ white wines in split order, the same for every run; "
            + REGRESSION_SCRIPT,
        p ->
            p.withData(
                    DataRecipe.located(
                        Catalogue.WINE_QUALITY,
                        (tables, seed) ->
                            WineQuality.prepare(tables, SCRIPT_SPLIT_SEED, SCRIPT_TABLES)))
                .under(Procedure.scripts().callingClassical(Strategy.FIXED_MIX)));
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
    referenceCode(
        "california-housing",
        "features standardised with all rows' mean and std before the split; the first ⌊0.05·N_c⌋"
            + " districts in split order, the same for every run; γ 0.05 (Table 3: 0.01); "
            + REGRESSION_SCRIPT,
        p ->
            p.withData(
                    DataRecipe.located(
                        Catalogue.CALIFORNIA_HOUSING,
                        (tables, seed) -> CaliforniaHousing.prepare(tables, seed, SCRIPT_TABLES)))
                .withGamma(0.05)
                .under(Procedure.scripts().callingClassical(Strategy.FIXED_MIX)));
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

  /** Declares how the authors' script for {@code name} departs from the paper's text. */
  private static void referenceCode(String name, String departures, UnaryOperator<Preset> variant) {
    REFERENCE_CODE.put(name, new ReferenceCode(departures, variant));
  }

  /**
   * The preset called {@code name} as {@code protocol} runs it.
   *
   * @throws UsageException if there is no such preset, or the authors' script for it is not
   *     described here
   */
  public static Preset find(String name, Protocol protocol) {
    Preset paper = find(name);
    if (protocol == Protocol.PAPER) {
      return paper;
    }
    return referenceCode(name)
        .map(code -> code.applyTo(paper))
        .orElseThrow(
            () ->
                new UsageException(
                    "--protocol "
                        + protocol.label()
                        + ": the authors' script for "
                        + name
                        + " is not described here (described: "
                        + String.join(", ", REFERENCE_CODE.keySet())
                        + ")"));
  }

  /** How the authors' script for {@code name} departs from the paper, where that is described. */
  public static Optional<ReferenceCode> referenceCode(String name) {
    return Optional.ofNullable(REFERENCE_CODE.get(name));
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
