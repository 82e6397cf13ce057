package org.learn2mix.examples;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learn2mix.data.Examples;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.published.Catalogue;
import org.learn2mix.data.published.MeanEstimation;
import org.learn2mix.data.published.WineQuality;
import org.learn2mix.data.tables.LoadedTables;
import org.learn2mix.data.tables.Table;
import org.learn2mix.djl.Learn2MixListener;
import org.learn2mix.djl.Learn2MixSampler;
import org.learn2mix.djl.MeanLoss;
import org.learn2mix.djl.PerExampleLoss;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.model.Mlp;
import org.learn2mix.model.TorchDefaultInit;
import org.learn2mix.random.SplitMix64;

/**
 * The README's "Drop-in for an existing DJL program" as a program of its own, built against the
 * installed learn2mix artifacts: an ordinary DJL training loop ({@code ArrayDataset}, {@code
 * Trainer}, {@code EasyTrain.fit}) that composes its batches with a {@link Learn2MixSampler} and
 * moves the mixing proportions with a {@link Learn2MixListener}.
 *
 * <p>Usage: {@code DropIn [WINE_QUALITY_FOLDER]}. It trains on Wine Quality (class = wine type)
 * from the folder named, or from where {@code learn2mix} finds it ({@code $LEARN2MIX_DATA}, the
 * per-user cache); where it is nowhere, on the built-in mean-estimation data. Nothing is
 * downloaded. It prints α after every epoch, then checks that each epoch moved every class's share
 * a fraction γ of the way to that class's share of the training loss, and exits 0 if so, 1 if not.
 */
public final class DropIn {
  private static final long SEED = 42;
  private static final int BATCH_SIZE = 100;
  private static final int EPOCHS = 4;
  private static final double GAMMA = 0.1;
  private static final double TOLERANCE = 1e-12;

  private DropIn() {}

  /**
   * Trains, prints α per epoch and the check, and exits.
   *
   * @param args optionally the Wine Quality folder
   * @throws Exception if the engine or training fails
   */
  public static void main(String[] args) throws Exception {
    EngineStart.offline(); // DJL without network access
    TrainingData data = args.length > 0 ? wine(Path.of(args[0])) : wineIfFoundElseBuiltIn();
    System.out.println(data.describe());
    Trajectory trajectory = train(data);
    String verdict = trajectory.check(data.classNames());
    System.out.println(verdict);
    System.exit(verdict.startsWith("ok") ? 0 : 1);
  }

  /** The drop-in itself, as the README shows it. */
  private static Trajectory train(TrainingData data) throws Exception {
    Trajectory trajectory = new Trajectory();
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = manager.create(data.features(), new Shape(data.size(), data.featureCount()));
      NDArray y = manager.create(data.targets(), new Shape(data.size(), 1));
      int[] classes = data.classes(); // class of each example, 0-based

      Learn2MixSampler sampler =
          Learn2MixSampler.builder()
              .setClasses(classes) // or long[] labels, or a function index -> class
              .setBatchSize(BATCH_SIZE)
              .optGamma(GAMMA)
              .optSeed(SEED)
              .build();
      ArrayDataset train =
          new ArrayDataset.Builder()
              .setData(x)
              .optLabels(y)
              .setSampling(sampler) // instead of setSampling(100, true)
              .build();
      trajectory.alphas.add(sampler.proportions().toArray());

      PerExampleLoss loss = PerExampleLoss.squaredError(); // or PerExampleLoss.crossEntropy()
      Learn2MixListener learn2mix = new Learn2MixListener(sampler, loss);
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(MeanLoss.of(loss))
              .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(1e-3f)).build())
              .addTrainingListeners(
                  learn2mix,
                  new TrainingListenerAdapter() {
                    @Override
                    public void onEpoch(Trainer trainer) {
                      System.out.println("alpha " + sampler.proportions());
                      trajectory.alphas.add(sampler.proportions().toArray());
                      trajectory.losses.add(learn2mix.lastClassLosses());
                    }
                  });

      try (Model model = Model.newInstance(data.name())) {
        model.setBlock(Mlp.regressor(1));
        try (Trainer trainer = model.newTrainer(config)) {
          trainer.initialize(new Shape(1, data.featureCount()));
          // optional: the starting weights `learn2mix compare` uses for this seed
          TorchDefaultInit.apply(model.getBlock(), SplitMix64.derive(SEED, "init"));
          EasyTrain.fit(trainer, EPOCHS, train, null);
        }
      }
    }
    return trajectory;
  }

  private static TrainingData wineIfFoundElseBuiltIn() {
    Optional<DataLocator.Location> found =
        DataLocator.standard().find(Catalogue.WINE_QUALITY, null);
    if (found.isPresent()) {
      return wine(found.get().folder());
    }
    System.out.println(
        "Wine Quality not found (name its folder, or set $LEARN2MIX_DATA);"
            + " training on the built-in mean-estimation data instead");
    Examples train = MeanEstimation.generate(SEED).train();
    return new TrainingData(
        "mean-estimation",
        MeanEstimation.CLASS_NAMES,
        train.features(),
        train.featureCount(),
        train.targets(),
        train.classes());
  }

  /**
   * All 6,497 wines, white (class 0) before red (class 1), 11 standardised features, the quality
   * score as target: the data of the README's example.
   */
  private static TrainingData wine(Path folder) {
    LoadedTables tables = DataLocator.standard().load(Catalogue.WINE_QUALITY, folder);
    List<Table> byType =
        List.of(tables.table("winequality-white.csv"), tables.table("winequality-red.csv"));
    int n = byType.stream().mapToInt(Table::rows).sum();
    int featureCount = WineQuality.FEATURES.size();
    float[] features = new float[n * featureCount];
    for (int f = 0; f < featureCount; f++) {
      float[] column = new float[n];
      int i = 0;
      for (Table table : byType) {
        for (double value : table.column(WineQuality.FEATURES.get(f))) {
          column[i++] = (float) value;
        }
      }
      standardise(column);
      for (i = 0; i < n; i++) {
        features[i * featureCount + f] = column[i];
      }
    }
    float[] quality = new float[n];
    int[] type = new int[n];
    int i = 0;
    for (int t = 0; t < byType.size(); t++) {
      for (double value : byType.get(t).column("quality")) {
        quality[i] = (float) value;
        type[i++] = t;
      }
    }
    return new TrainingData(
        "wine-quality", List.of("white", "red"), features, featureCount, quality, type);
  }

  /** Subtracts the mean and divides by the (population) standard deviation, in place. */
  private static void standardise(float[] column) {
    double mean = 0;
    for (float v : column) {
      mean += v;
    }
    mean /= column.length;
    double variance = 0;
    for (float v : column) {
      variance += (v - mean) * (v - mean);
    }
    double std = Math.sqrt(variance / column.length);
    for (int i = 0; i < column.length; i++) {
      column[i] = (float) ((column[i] - mean) / std);
    }
  }

  /**
   * A regression data set with a mixing class per example.
   *
   * @param name the data set's name
   * @param classNames one name per class
   * @param features the features, example after example
   * @param featureCount features per example
   * @param targets one target per example
   * @param classes the class of each example, 0-based
   */
  private record TrainingData(
      String name,
      List<String> classNames,
      float[] features,
      int featureCount,
      float[] targets,
      int[] classes) {
    int size() {
      return classes.length;
    }

    String describe() {
      int[] counts = new int[classNames.size()];
      for (int c : classes) {
        counts[c]++;
      }
      StringBuilder line = new StringBuilder(name + ": " + size() + " examples;");
      for (int c = 0; c < counts.length; c++) {
        line.append(' ').append(classNames.get(c)).append(' ').append(counts[c]);
      }
      return line.toString();
    }
  }

  /** α before training and after every epoch, and the class-wise losses of every epoch. */
  private static final class Trajectory {
    final List<double[]> alphas = new ArrayList<>();
    final List<double[]> losses = new ArrayList<>();

    /** "ok: ..." when every epoch followed α ← α + γ (L / ΣL − α), else what went wrong. */
    String check(List<String> classNames) {
      if (losses.size() != EPOCHS) {
        return "failed: " + losses.size() + " epochs recorded, expected " + EPOCHS;
      }
      double worst = 0;
      for (int e = 0; e < EPOCHS; e++) {
        double[] before = alphas.get(e);
        double[] after = alphas.get(e + 1);
        double[] l = losses.get(e);
        double total = 0;
        double sum = 0;
        for (int c = 0; c < l.length; c++) {
          total += l[c];
          sum += after[c];
        }
        worst = Math.max(worst, Math.abs(sum - 1));
        for (int c = 0; c < l.length; c++) {
          double expected = before[c] + GAMMA * (l[c] / total - before[c]);
          worst = Math.max(worst, Math.abs(after[c] - expected));
        }
      }
      if (worst > TOLERANCE) {
        return "failed: alpha is off the update rule by " + worst;
      }
      StringBuilder shares = new StringBuilder();
      double[] first = alphas.get(0);
      double[] last = alphas.get(EPOCHS);
      for (int c = 0; c < first.length; c++) {
        shares.append(String.format(" %s %.3f -> %.3f;", classNames.get(c), first[c], last[c]));
      }
      return String.format(
          "ok: in each of %d epochs every share moved %.2f of the way to its class's share of the"
              + " loss (largest deviation %.1e); shares%s",
          EPOCHS, GAMMA, worst, shares.substring(0, shares.length() - 1));
    }
  }
}
