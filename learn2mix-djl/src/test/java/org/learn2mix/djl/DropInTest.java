package org.learn2mix.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.EasyTrain;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.ArrayDataset;
import ai.djl.training.listener.TrainingListenerAdapter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.model.Mlp;
import org.learn2mix.model.TorchDefaultInit;
import org.learn2mix.random.SplitMix64;
import org.learn2mix.train.EpochObserver;
import org.learn2mix.train.EpochRecord;
import org.learn2mix.train.ResidentSet;
import org.learn2mix.train.TrainingRun;
import org.learn2mix.train.TrainingSettings;

/**
 * An ordinary DJL program (ArrayDataset + Trainer + EasyTrain.fit) switched to learn2mix by adding
 * the sampler and the listener, on the real Wine Quality data (class = wine type, 4898 white and
 * 1599 red).
 */
@Tag("engine")
class DropInTest {
  private static final long SEED = 42;
  private static final int BATCH = 100;
  private static final int EPOCHS = 4;
  private static final double GAMMA = 0.1;
  private static final float LR = 1e-3f;
  private static WineTable wineTable;

  @BeforeAll
  static void startEngine() {
    EngineStart.offline();
  }

  /** The shared Wine Quality table, read once; skips the calling test when it is absent. */
  private static WineTable wine() throws Exception {
    assumeTrue(Files.isDirectory(WineTable.folder()), "shared Wine Quality data not found");
    if (wineTable == null) {
      wineTable = WineTable.read();
    }
    return wineTable;
  }

  /** The drop-in, as a user writes it; returns α after every epoch. */
  private static List<double[]> trainWithEasyTrain() throws Exception {
    return trainWithEasyTrain(new ArrayList<>());
  }

  /** As above, also collecting the class-wise losses L of every epoch into {@code losses}. */
  private static List<double[]> trainWithEasyTrain(List<double[]> losses) throws Exception {
    WineTable wine = wine();
    List<double[]> alphas = new ArrayList<>();
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray x = manager.create(wine.features(), new Shape(wine.size(), WineTable.FEATURES));
      NDArray y = manager.create(wine.quality(), new Shape(wine.size(), 1));

      Learn2MixSampler sampler =
          Learn2MixSampler.builder()
              .setClasses(wine.type())
              .setBatchSize(BATCH)
              .optGamma(GAMMA)
              .optSeed(SEED)
              .build();
      ArrayDataset train =
          new ArrayDataset.Builder().setData(x).optLabels(y).setSampling(sampler).build();

      PerExampleLoss loss = PerExampleLoss.squaredError();
      Learn2MixListener learn2mix = new Learn2MixListener(sampler, loss);
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(MeanLoss.of(loss))
              .optOptimizer(Optimizer.adam().optLearningRateTracker(Tracker.fixed(LR)).build())
              .addTrainingListeners(
                  learn2mix,
                  new TrainingListenerAdapter() {
                    @Override
                    public void onEpoch(Trainer trainer) {
                      alphas.add(sampler.proportions().toArray());
                      losses.add(learn2mix.lastClassLosses());
                      System.out.println("alpha " + sampler.proportions());
                    }
                  });

      Block block = Mlp.regressor(1);
      try (Model model = Model.newInstance("wine")) {
        model.setBlock(block);
        try (Trainer trainer = model.newTrainer(config)) {
          trainer.initialize(new Shape(1, WineTable.FEATURES));
          // The same starting weights as `learn2mix compare` with this seed.
          TorchDefaultInit.apply(block, SplitMix64.derive(SEED, "init"));
          EasyTrain.fit(trainer, EPOCHS, train, null);
        }
      }
    }
    return alphas;
  }

  @Test
  void alphaMovesTowardTheHigherLossClassAndStaysOnTheSimplex() throws Exception {
    List<double[]> losses = new ArrayList<>();
    List<double[]> alphas = trainWithEasyTrain(losses);
    assertEquals(EPOCHS, alphas.size());
    double[] previous = {4898 / 6497.0, 1599 / 6497.0};
    for (int e = 0; e < EPOCHS; e++) {
      double[] alpha = alphas.get(e);
      double[] l = losses.get(e);
      assertEquals(1.0, alpha[0] + alpha[1], 1e-12);
      assertTrue(alpha[0] >= 0 && alpha[1] >= 0);
      for (int c = 0; c < 2; c++) {
        double target = l[c] / (l[0] + l[1]);
        // Each share moves a fraction γ of the way to its class's share of the loss.
        assertEquals(previous[c] + GAMMA * (target - previous[c]), alpha[c], 1e-12);
        assertEquals(Math.signum(target - previous[c]), Math.signum(alpha[c] - previous[c]));
      }
      previous = alpha;
    }
    // Red wine is the minority (25%) but carries a larger share of the loss: its share grows.
    assertTrue(alphas.get(EPOCHS - 1)[1] > 1599 / 6497.0 + 0.03, "red share " + previous[1]);
  }

  @Test
  void easyTrainGivesExactlyTheSameAlphaTrajectoryAsCompare() throws Exception {
    List<double[]> dropIn = trainWithEasyTrain();
    List<EpochRecord> compare;
    WineTable wine = wine();
    Examples examples =
        new Examples(
            wine.features(), new long[] {WineTable.FEATURES}, wine.quality(), 1, wine.type());
    try (NDManager root = NDManager.newBaseManager();
        ResidentSet set = ResidentSet.upload(root, examples, Task.REGRESSION, 2)) {
      TrainingSettings settings = new TrainingSettings(LR, BATCH, EPOCHS, MixingSettings.of(GAMMA));
      compare =
          new TrainingRun(
                  Task.REGRESSION,
                  2,
                  set,
                  set,
                  () -> Mlp.regressor(1),
                  Strategy.LEARN2MIX,
                  settings,
                  SEED)
              .run(EpochObserver.none());
    }
    for (int e = 0; e < EPOCHS; e++) {
      assertArrayEquals(compare.get(e).alpha(), dropIn.get(e), "epoch " + (e + 1));
    }
  }

  @Test
  void samplerRejectsADataSetOfAnotherSize() {
    Learn2MixSampler sampler =
        Learn2MixSampler.builder().setClasses(new int[] {0, 1, 0, 1}).setBatchSize(2).build();
    try (NDManager manager = NDManager.newBaseManager()) {
      ArrayDataset three =
          new ArrayDataset.Builder()
              .setData(manager.zeros(new Shape(3, 1)))
              .setSampling(sampler)
              .build();
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> sampler.sample(three));
      assertTrue(e.getMessage().contains("3 examples"), e.getMessage());
    }
  }
}
