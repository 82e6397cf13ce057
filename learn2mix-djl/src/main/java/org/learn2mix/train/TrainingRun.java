package org.learn2mix.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.listener.TrainingListener.BatchData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.learn2mix.batching.Batch;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.Task;
import org.learn2mix.djl.BatchWithClasses;
import org.learn2mix.djl.Learn2MixListener;
import org.learn2mix.djl.Learn2MixSampler;
import org.learn2mix.djl.MeanLoss;
import org.learn2mix.djl.NonFiniteLossException;
import org.learn2mix.djl.PerExampleLoss;
import org.learn2mix.mixing.MixingProportions;
import org.learn2mix.model.TorchDefaultInit;
import org.learn2mix.model.WeightNoise;
import org.learn2mix.random.SplitMix64;

/**
 * One training run: one strategy, one seed, all epochs.
 *
 * <p>Batches come from a {@link Learn2MixSampler} and the class-wise losses go through a {@link
 * Learn2MixListener}, the same objects a DJL user adds to {@code EasyTrain.fit}; the loop itself is
 * EasyTrain's, except that each batch is one gather from the resident training set instead of one
 * record per example, and the batch hands the listener its gathered one-hot class matrix ({@link
 * BatchWithClasses}). The model's initial weights depend on the seed only, so runs of different
 * strategies with the same seed start from the same point; where the settings name {@link
 * InitialWeights}, every run starts from one base network plus noise drawn from its seed.
 *
 * <p>The run trains on the device its resident sets live on (see {@link ResidentSet#device()}): the
 * model, the optimizer's state and every batch are made there, and only the small per-epoch results
 * (losses, metrics) are read back to the host.
 */
public final class TrainingRun {
  /** Γ of the focal loss in the published experiments. */
  private static final double FOCUSING = 2.0;

  private final Task task;
  private final int classCount;
  private final ResidentSet train;
  private final ResidentSet test;
  private final Supplier<Block> architecture;
  private final Strategy strategy;
  private final TrainingSettings settings;
  private final long seed;
  private final MixingProportions initialAlpha; // null: the data set's own mix
  private final TrainingListener watcher; // null: none

  /**
   * A run ready to train; nothing is made before {@link #run} or {@link #open}.
   *
   * @param task what is learnt; decides the training loss and the test metric
   * @param classCount k, the number of mixing classes, more than every class of the two sets
   * @param train the training set on the engine; stays the caller's, and must stay open while the
   *     run trains; its device is the run's
   * @param test the test set on the engine, evaluated after every epoch, on the same device as
   *     {@code train}; stays the caller's
   * @param architecture makes a fresh, uninitialised network, called once per session
   * @param strategy how batches are drawn; the focal strategy only for classification
   * @param settings hyperparameters
   * @param seed the run's master seed: weights, batches and the engine's random numbers derive from
   *     it
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
    this(task, classCount, train, test, architecture, strategy, settings, seed, null, null);
  }

  private TrainingRun(
      Task task,
      int classCount,
      ResidentSet train,
      ResidentSet test,
      Supplier<Block> architecture,
      Strategy strategy,
      TrainingSettings settings,
      long seed,
      MixingProportions initialAlpha,
      TrainingListener watcher) {
    this.task = task;
    this.classCount = classCount;
    this.train = train;
    this.test = test;
    this.architecture = architecture;
    this.strategy = strategy;
    this.settings = settings;
    this.seed = seed;
    this.initialAlpha = initialAlpha;
    this.watcher = watcher;
  }

  /**
   * The device the run trains on.
   *
   * @return the device of its training set
   */
  public Device device() {
    return train.device();
  }

  /**
   * The same run with α starting at {@code alpha} instead of the data set's own mix α̃. Strategies
   * that do not adapt α keep it there; classical batches ignore it.
   *
   * @param alpha the starting proportions, one per class
   * @return a new run; this one is unchanged
   * @throws IllegalArgumentException if {@code alpha} does not have one share per class
   */
  public TrainingRun startingFrom(MixingProportions alpha) {
    if (alpha.classCount() != classCount) {
      throw new IllegalArgumentException(
          "starting proportions have " + alpha.classCount() + " classes, the run " + classCount);
    }
    return new TrainingRun(
        task, classCount, train, test, architecture, strategy, settings, seed, alpha, watcher);
  }

  /**
   * The same run with {@code watcher} also told about every batch and epoch, after the run's own
   * listener (for tests that look at what the trainer sees).
   */
  TrainingRun watchedBy(TrainingListener watcher) {
    return new TrainingRun(
        task,
        classCount,
        train,
        test,
        architecture,
        strategy,
        settings,
        seed,
        initialAlpha,
        watcher);
  }

  /**
   * Trains for all epochs, telling {@code observer} after each.
   *
   * @param observer told about every epoch as soon as it is evaluated
   * @return one record per epoch, in order (unmodifiable)
   * @throws NonFiniteLossException if a batch loss is NaN or infinite
   * @throws IllegalArgumentException if the sampler rejects the training set or batch size (a class
   *     without examples, a batch larger than the set) or the focal strategy is asked for a task
   *     other than classification
   */
  public List<EpochRecord> run(EpochObserver observer) {
    return run(observer, RunStore.none());
  }

  /**
   * Trains for all epochs, continuing from what {@code store} holds and saving progress to it after
   * every epoch. A resumed run produces exactly the records an uninterrupted one would.
   *
   * @param observer told first about each restored epoch, then about every epoch as soon as it is
   *     evaluated
   * @param store where progress is loaded from and saved to after every epoch
   * @return one record per epoch, those restored from {@code store} included (unmodifiable)
   * @throws NonFiniteLossException if a batch loss is NaN or infinite
   * @throws IllegalArgumentException as {@link #open}
   * @throws IllegalStateException as {@link #open}
   */
  public List<EpochRecord> run(EpochObserver observer, RunStore store) {
    try (Session session = open(store)) {
      session.records().forEach(observer::onEpoch);
      while (session.hasNextEpoch()) {
        observer.onEpoch(session.trainEpoch());
      }
      return session.records();
    }
  }

  /**
   * Opens the run for training epoch by epoch, continuing from what {@code store} holds. Close the
   * session to release the model. A finished run in {@code store} opens with its records and no
   * model.
   *
   * @param store where progress is loaded from now and saved to after every epoch
   * @return the session, with the model built and initialised (and restored, if resumed); the
   *     caller closes it
   * @throws IllegalArgumentException if the training and test sets live on different devices, the
   *     sampler rejects the training set or batch size (a class without examples, a batch larger
   *     than the set) or the focal strategy is asked for a task other than classification
   * @throws IllegalStateException if the saved network parameters do not fit the network
   */
  public Session open(RunStore store) {
    return new Session(store);
  }

  /** A run in progress: its model, optimizer, sampler and listener, trained one epoch per call. */
  public final class Session implements AutoCloseable {
    private final RunStore store;
    private final Device device;
    private final List<EpochRecord> records = new ArrayList<>(settings.epochs());
    private Model model;
    private Trainer trainer;
    private Learn2MixSampler sampler;
    private Learn2MixListener listener;
    private ResumableAdam optimizer;

    private Session(RunStore store) {
      this.store = store;
      this.device = train.device();
      if (!test.device().equals(device)) {
        throw new IllegalArgumentException(
            "the training set is on " + device + " but the test set on " + test.device());
      }
      Optional<RunProgress> saved = store.load();
      saved.ifPresent(progress -> records.addAll(progress.records()));
      if (saved.isPresent() && saved.get().finished()) {
        return;
      }
      sampler =
          Learn2MixSampler.builder()
              .setClasses(train.examples().classes())
              .optClassCount(classCount)
              .setBatchSize(settings.batchSize())
              .optSeed(seed)
              .optMixing(settings.mixing())
              .optStrategy(strategy)
              .optInitialProportions(initialAlpha)
              .build();
      PerExampleLoss loss = trainingLoss(sampler);
      listener = new Learn2MixListener(sampler, loss);
      optimizer =
          new ResumableAdam((float) settings.learningRate(), (float) settings.weightDecay());
      model = Model.newInstance("learn2mix-" + strategy.label(), device);
      try {
        model.setBlock(architecture.get());
        DefaultTrainingConfig config = trainingConfig(optimizer, loss, listener, device);
        if (watcher != null) {
          config.addTrainingListeners(watcher);
        }
        trainer = model.newTrainer(config);
        trainer.initialize(train.batchShape(1));
        initialise(model.getBlock());
        if (saved.isPresent()) {
          restore(saved.get(), model, optimizer, sampler, listener);
        }
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }

    /**
     * The epochs trained so far, restored ones included.
     *
     * @return an unmodifiable copy, one record per epoch in order; empty before the first
     */
    public List<EpochRecord> records() {
      return List.copyOf(records);
    }

    /**
     * Whether epochs remain.
     *
     * @return true while fewer than the settings' epochs are trained
     */
    public boolean hasNextEpoch() {
      return records.size() < settings.epochs();
    }

    /**
     * Trains the next epoch, evaluates it and saves the progress; after the last epoch the saved
     * progress no longer holds the network and optimizer.
     *
     * @return what the epoch produced
     * @throws NonFiniteLossException if a batch loss is NaN or infinite
     * @throws IllegalStateException if all epochs are trained already
     */
    public EpochRecord trainEpoch() {
      if (!hasNextEpoch()) {
        throw new IllegalStateException("all " + settings.epochs() + " epochs are trained");
      }
      int epoch = records.size() + 1;
      // Seeded per epoch, so dropout draws the same masks whether or not the run resumed.
      Engine.getInstance()
          .setRandomSeed((int) SplitMix64.derive(seed, "engine epoch " + epoch).nextLong());
      long start = System.nanoTime();
      TrainingRun.this.trainEpoch(trainer, sampler, epoch, device);
      trainer.notifyListeners(l -> l.onEpoch(trainer));
      double seconds = (System.nanoTime() - start) / 1e9;
      double[] metric =
          HeldOutEvaluation.evaluate(trainer, test, task, classCount, settings.evaluationChunk());
      EpochRecord record =
          new EpochRecord(
              epoch,
              listener.lastEpochTrainLoss(),
              metric[0],
              Arrays.copyOfRange(metric, 1, metric.length),
              listener.lastClassLosses(),
              sampler.proportions().toArray(),
              seconds);
      records.add(record);
      boolean last = epoch == settings.epochs();
      store.save(
          new RunProgress(
              epoch,
              records,
              sampler.mixing().snapshot(),
              last ? null : ModelState.save(model.getBlock()),
              last ? null : ModelState.save(optimizer, model.getBlock())));
      return record;
    }

    /** The network being trained (for tests); null for a finished run opened from its store. */
    Block network() {
      return model == null ? null : model.getBlock();
    }

    /** The optimizer and its state (for tests); null for a finished run opened from its store. */
    ResumableAdam optimizer() {
      return optimizer;
    }

    /** Releases the trainer and the model; the resident sets stay open. */
    @Override
    public void close() {
      if (trainer != null) {
        trainer.close();
      }
      if (model != null) {
        model.close();
      }
    }
  }

  /**
   * The run's initial weights: drawn from its seed, or the shared base network plus the run's own
   * noise where the settings ask for that.
   */
  private void initialise(Block block) {
    InitialWeights start = settings.initialWeights();
    if (start == null) {
      TorchDefaultInit.apply(block, SplitMix64.derive(seed, "init"));
      return;
    }
    TorchDefaultInit.apply(block, SplitMix64.derive(start.baseSeed(), "init"));
    WeightNoise.add(block, start.noiseStd(), SplitMix64.derive(seed, "init noise"));
  }

  private void restore(
      RunProgress progress,
      Model model,
      ResumableAdam optimizer,
      Learn2MixSampler sampler,
      Learn2MixListener listener) {
    ModelState.load(model.getBlock(), progress.model());
    ModelState.load(optimizer, progress.optimizer(), model.getBlock(), model.getNDManager());
    sampler.mixing().restore(progress.mixing());
    listener.resumeAfter(progress.epochsCompleted());
  }

  private void trainEpoch(Trainer trainer, Learn2MixSampler sampler, int epoch, Device device) {
    Iterator<Batch> batches = sampler.epoch(epoch);
    int total = sampler.batchesPerEpoch();
    for (int b = 0; b < total; b++) {
      Batch batch = batches.next();
      try (NDManager scope = train.manager().newSubManager()) {
        ResidentSet.Slice slice = train.gather(scope, batch.indices());
        NDList data = new NDList(slice.features());
        NDList labels = new NDList(slice.targets());
        BatchWithClasses djlBatch =
            new BatchWithClasses(scope, data, labels, batch, slice.classOneHot(), b, total);
        NDList predictions = forwardAndBackward(trainer, data, labels);
        BatchData batchData =
            new BatchData(djlBatch, Map.of(device, labels), Map.of(device, predictions));
        trainer.notifyListeners(l -> l.onTrainingBatch(trainer, batchData));
        trainer.step();
      }
    }
  }

  /**
   * One batch's forward and backward passes, whole or in parts of {@code microBatch} examples whose
   * losses are weighted by their share of the batch, so that the gradients add up to the whole
   * batch's mean-loss gradient.
   *
   * @return the predictions for the whole batch
   */
  private NDList forwardAndBackward(Trainer trainer, NDList data, NDList labels) {
    try (GradientCollector collector = trainer.newGradientCollector()) {
      if (!settings.splitsBatches()) {
        NDList predictions = trainer.forward(data, labels);
        collector.backward(trainer.getLoss().evaluate(labels, predictions));
        return predictions;
      }
      NDArray features = data.singletonOrThrow();
      NDArray targets = labels.singletonOrThrow();
      long size = features.getShape().get(0);
      NDList parts = new NDList();
      for (long from = 0; from < size; from += settings.microBatch()) {
        long to = Math.min(size, from + settings.microBatch());
        NDIndex part = new NDIndex("{}:{}", from, to);
        NDList partLabels = new NDList(targets.get(part));
        NDList partPredictions = trainer.forward(new NDList(features.get(part)), partLabels);
        NDArray loss = trainer.getLoss().evaluate(partLabels, partPredictions);
        collector.backward(loss.mul((float) (to - from) / size));
        parts.add(partPredictions.singletonOrThrow());
      }
      return new NDList(NDArrays.concat(parts));
    }
  }

  private PerExampleLoss trainingLoss(Learn2MixSampler sampler) {
    if (!strategy.trainsOnFocalLoss()) {
      return TrainingLoss.of(task);
    }
    if (task != Task.CLASSIFICATION) {
      throw new IllegalArgumentException(
          "the focal strategy is for classification only, not "
              + task.name().toLowerCase(Locale.ROOT));
    }
    return PerExampleLoss.focal(PerExampleLoss.focalWeights(sampler.pools().sizes()), FOCUSING);
  }

  private static DefaultTrainingConfig trainingConfig(
      ResumableAdam optimizer, PerExampleLoss loss, Learn2MixListener listener, Device device) {
    return new DefaultTrainingConfig(MeanLoss.of(loss))
        .optOptimizer(optimizer)
        .optDevices(new Device[] {device})
        .addTrainingListeners(listener);
  }
}
