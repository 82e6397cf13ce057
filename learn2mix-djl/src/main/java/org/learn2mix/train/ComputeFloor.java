package org.learn2mix.train;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.learn2mix.batching.Batch;
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
   * Seconds of each of {@code epochs} epochs.
   *
   * @param task what is learnt
   * @param train the training set on the engine
   * @param architecture makes a fresh network
   * @param settings batch size and learning rate
   * @param seed seeds the weights and the batches
   * @param epochs how many epochs to time
   */
  public static double[] measure(
      Task task,
      int classCount,
      ResidentSet train,
      Supplier<Block> architecture,
      TrainingSettings settings,
      long seed,
      int epochs) {
    ClassPools pools = ClassPools.of(train.examples().classes(), classCount);
    BatchSource source =
        new ShuffledBatches(pools, settings.batchSize(), SplitMix64.derive(seed, "batches"));
    source.startEpoch();
    double[] seconds = new double[epochs];
    try (NDManager prebuilt = train.manager().newSubManager();
        Model model = Model.newInstance("floor", Device.cpu())) {
      List<ResidentSet.Slice> batches = new ArrayList<>();
      for (int b = 0; b < source.batchesPerEpoch(); b++) {
        Batch batch = source.next();
        batches.add(train.gather(prebuilt, batch.indices()));
      }
      model.setBlock(architecture.get());
      DefaultTrainingConfig config =
          new DefaultTrainingConfig(MeanLoss.of(TestScore.trainingLoss(task)))
              .optOptimizer(new ResumableAdam((float) settings.learningRate()))
              .optDevices(new Device[] {Device.cpu()});
      try (Trainer trainer = model.newTrainer(config)) {
        long[] exampleShape = train.examples().exampleShape();
        long[] shape = new long[exampleShape.length + 1];
        shape[0] = 1;
        System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
        trainer.initialize(new Shape(shape));
        TorchDefaultInit.apply(model.getBlock(), SplitMix64.derive(seed, "init"));
        for (int e = 0; e < epochs; e++) {
          long start = System.nanoTime();
          for (ResidentSet.Slice batch : batches) {
            step(trainer, batch);
          }
          seconds[e] = (System.nanoTime() - start) / 1e9;
        }
      }
    }
    return seconds;
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
