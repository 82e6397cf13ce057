package org.learn2mix.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.learn2mix.batching.BatchSource;
import org.learn2mix.batching.ClassPools;
import org.learn2mix.batching.ShuffledBatches;
import org.learn2mix.data.Task;
import org.learn2mix.djl.MeanLoss;
import org.learn2mix.model.TorchDefaultInit;
import org.learn2mix.random.SplitMix64;

/**
 * The compute floor of an epoch: forward, backward and Adam step over batches that were built
 * beforehand and already sit in native memory. No batch composition, no gather, no class-wise
 * losses, no read-back: what is left when the data path costs nothing. Training strategies are
 * measured against it.
 */
public final class ComputeFloor {
  private ComputeFloor() {}

  /**
   * Prepares the floor: builds one epoch of classical (shuffled) batches in native memory and a
   * fresh model, both on the device of {@code train}. If a step fails, what was made so far is
   * released before the exception leaves.
   *
   * @param task what is learnt; decides the training loss
   * @param classCount k, more than every class of {@code train}
   * @param train the training set on the engine; the batches are made under its manager and must
   *     not outlive it
   * @param architecture makes a fresh, uninitialised network
   * @param settings batch size and learning rate (epochs, mixing and micro-batch are not used)
   * @param seed seeds the weights and the batches
   * @return the prepared session; the caller closes it
   * @throws IllegalArgumentException if a class has no training example or the batch size is larger
   *     than the training set
   */
  public static Session open(
      Task task,
      int classCount,
      ResidentSet train,
      Supplier<Block> architecture,
      TrainingSettings settings,
      long seed) {
    return new Session(task, classCount, train, architecture, settings, seed);
  }

  /** The floor's model and pre-built batches; each call of {@link #epoch} times one epoch. */
  public static final class Session implements AutoCloseable {
    private final NDManager prebuilt;
    private final List<ResidentSet.Slice> batches = new ArrayList<>();
    private Model model;
    private Trainer trainer;

    /** Releases whatever it made so far if a step fails, as a half-made session is never closed. */
    private Session(
        Task task,
        int classCount,
        ResidentSet train,
        Supplier<Block> architecture,
        TrainingSettings settings,
        long seed) {
      prebuilt = train.manager().newSubManager();
      try {
        ClassPools pools = ClassPools.of(train.examples().classes(), classCount);
        BatchSource source =
            new ShuffledBatches(pools, settings.batchSize(), SplitMix64.derive(seed, "batches"));
        source.startEpoch();
        for (int b = 0; b < source.batchesPerEpoch(); b++) {
          batches.add(train.gather(prebuilt, source.next().indices()));
        }
        model = Model.newInstance("floor", train.device());
        model.setBlock(architecture.get());
        DefaultTrainingConfig config =
            new DefaultTrainingConfig(MeanLoss.of(TrainingLoss.of(task)))
                .optOptimizer(new ResumableAdam((float) settings.learningRate()))
                .optDevices(new Device[] {train.device()});
        trainer = model.newTrainer(config);
        trainer.initialize(train.batchShape(1));
        TorchDefaultInit.apply(model.getBlock(), SplitMix64.derive(seed, "init"));
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }

    /**
     * Trains over the pre-built batches once: forward, backward and an Adam step per batch; the
     * model goes on learning from call to call.
     *
     * @return the wall-clock seconds the epoch took
     */
    public double epoch() {
      long start = System.nanoTime();
      for (ResidentSet.Slice batch : batches) {
        step(trainer, batch);
      }
      return (System.nanoTime() - start) / 1e9;
    }

    /** The network (for tests). */
    Block network() {
      return model.getBlock();
    }

    /** The pre-built batches (for tests). */
    List<ResidentSet.Slice> batches() {
      return List.copyOf(batches);
    }

    /** Releases the trainer, the model and the pre-built batches. */
    @Override
    public void close() {
      if (trainer != null) {
        trainer.close();
      }
      if (model != null) {
        model.close();
      }
      prebuilt.close();
    }
  }

  private static void step(Trainer trainer, ResidentSet.Slice batch) {
    try (NDManager scope = batch.features().getManager().newSubManager()) {
      // Results of operations land in the manager of their inputs; borrowing the batch for the
      // step lets them be freed with the scope while the batch itself survives.
      scope.tempAttachAll(batch.features(), batch.targets());
      NDList data = new NDList(batch.features());
      NDList labels = new NDList(batch.targets());
      try (GradientCollector collector = trainer.newGradientCollector()) {
        NDList predictions = trainer.forward(data, labels);
        collector.backward(trainer.getLoss().evaluate(labels, predictions));
      }
      trainer.step();
    }
  }
}
