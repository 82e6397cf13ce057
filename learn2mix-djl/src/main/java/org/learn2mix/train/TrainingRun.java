package org.learn2mix.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.learn2mix.batching.Batch;
import org.learn2mix.batching.BatchSource;
import org.learn2mix.batching.ClassPools;
import org.learn2mix.batching.MixedBatches;
import org.learn2mix.batching.ShuffledBatches;
import org.learn2mix.data.Task;
import org.learn2mix.mixing.AdaptiveMixing;
import org.learn2mix.mixing.MixingProportions;
import org.learn2mix.model.TorchDefaultInit;
import org.learn2mix.random.SplitMix64;

/**
 * One training run: one strategy, one seed, all epochs.
 *
 * <p>The model's initial weights depend on the seed only, so runs of different strategies with the
 * same seed start from the same point. Each batch is one gather from the resident training set, one
 * forward and backward pass, one Adam step and one read-back of the batch loss with its class-wise
 * sums.
 */
public final class TrainingRun {
  private final Task task;
  private final int classCount;
  private final ResidentSet train;
  private final ResidentSet test;
  private final Supplier<Block> architecture;
  private final Strategy strategy;
  private final TrainingSettings settings;
  private final long seed;

  /**
   * @param task what is learnt
   * @param classCount k
   * @param train the training set on the engine
   * @param test the test set on the engine
   * @param architecture makes a fresh, uninitialised network
   * @param strategy how batches are drawn
   * @param settings hyperparameters
   * @param seed the run's master seed
   */
  public TrainingRun(
      Task task,
      int classCount,
      ResidentSet train,
      ResidentSet test,
      Supplier<Block> architecture,
      Strategy strategy,
      TrainingSettings settings,
      long seed) {
    this.task = task;
    this.classCount = classCount;
    this.train = train;
    this.test = test;
    this.architecture = architecture;
    this.strategy = strategy;
    this.settings = settings;
    this.seed = seed;
  }

  /**
   * Trains for all epochs, telling {@code observer} after each.
   *
   * @return one record per epoch
   * @throws NonFiniteLossException if a batch loss is NaN or infinite
   */
  public List<EpochRecord> run(EpochObserver observer) {
    ClassPools pools = ClassPools.of(train.examples().classes(), classCount);
    MixingProportions initial = MixingProportions.ofCounts(pools.sizes());
    AdaptiveMixing mixing =
        new AdaptiveMixing(
            initial, strategy.adapts() ? settings.mixing() : settings.mixing().frozen());
    BatchSource batches = batchSource(pools, mixing);
    Engine.getInstance().setRandomSeed((int) SplitMix64.derive(seed, "engine").nextLong());

    List<EpochRecord> records = new ArrayList<>(settings.epochs());
    try (Model model = Model.newInstance("learn2mix-" + strategy.label(), Device.cpu())) {
      model.setBlock(architecture.get());
      try (Trainer trainer = model.newTrainer(trainingConfig())) {
        trainer.initialize(inputShape());
        TorchDefaultInit.apply(model.getBlock(), SplitMix64.derive(seed, "init"));
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
          long start = System.nanoTime();
          double trainLoss = trainEpoch(trainer, batches, mixing, epoch);
          double[] classLosses = mixing.closeEpoch();
          double seconds = (System.nanoTime() - start) / 1e9;
          double[] metric = TestEvaluation.evaluate(trainer, test, task, classCount);
          EpochRecord record =
              new EpochRecord(
                  epoch,
                  trainLoss,
                  metric[0],
                  java.util.Arrays.copyOfRange(metric, 1, metric.length),
                  classLosses,
                  mixing.proportions().toArray(),
                  seconds);
          records.add(record);
          observer.onEpoch(record);
        }
      }
    }
    return records;
  }

  private double trainEpoch(
      Trainer trainer, BatchSource batches, AdaptiveMixing mixing, int epoch) {
    batches.startEpoch();
    double lossSum = 0;
    double[] classMeans = new double[classCount];
    for (int b = 1; b <= batches.batchesPerEpoch(); b++) {
      Batch batch = batches.next();
      float[] stats = trainBatch(trainer, batch);
      if (!Double.isFinite(stats[0])) {
        throw new NonFiniteLossException(strategy, seed, epoch, b, stats[0]);
      }
      lossSum += stats[0];
      int[] counts = batch.classCounts();
      for (int c = 0; c < classCount; c++) {
        classMeans[c] = counts[c] == 0 ? 0 : stats[c + 1] / counts[c];
      }
      mixing.observeBatch(classMeans, counts);
    }
    return lossSum / batches.batchesPerEpoch();
  }

  /** One optimizer step; returns the batch loss followed by the per-class loss sums. */
  private float[] trainBatch(Trainer trainer, Batch batch) {
    try (NDManager scope = train.manager().newSubManager()) {
      ResidentSet.Slice slice = train.gather(scope, batch.indices());
      NDArray perExample;
      NDArray loss;
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDArray predictions = trainer.forward(new NDList(slice.features())).singletonOrThrow();
        perExample = ExampleLoss.perExample(task, predictions, slice.targets());
        loss = perExample.mean();
        collector.backward(loss);
      }
      NDArray classSums = perExample.reshape(1, -1).matMul(slice.classOneHot()).reshape(-1);
      float[] stats = loss.reshape(1).concat(classSums).toFloatArray();
      trainer.step();
      return stats;
    }
  }

  private BatchSource batchSource(ClassPools pools, AdaptiveMixing mixing) {
    SplitMix64 random = SplitMix64.derive(seed, "batches");
    return strategy.composesByClass()
        ? new MixedBatches(pools, settings.batchSize(), random, mixing::proportions)
        : new ShuffledBatches(pools, settings.batchSize(), random);
  }

  private DefaultTrainingConfig trainingConfig() {
    Optimizer adam =
        Optimizer.adam()
            .optLearningRateTracker(Tracker.fixed((float) settings.learningRate()))
            .build();
    // The loss given to DJL is never evaluated: the loop computes per-example losses itself.
    return new DefaultTrainingConfig(Loss.l2Loss())
        .optOptimizer(adam)
        .optDevices(new Device[] {Device.cpu()});
  }

  private Shape inputShape() {
    long[] exampleShape = train.examples().exampleShape();
    long[] shape = new long[exampleShape.length + 1];
    shape[0] = 1;
    System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
    return new Shape(shape);
  }
}
