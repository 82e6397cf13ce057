package org.learn2mix.djl;

import ai.djl.Device;
import ai.djl.metric.Metrics;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.listener.TrainingListener;
import ai.djl.training.listener.TrainingListenerAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learn2mix.batching.ClassPools;
import org.learn2mix.mixing.AdaptiveMixing;
import org.learn2mix.mixing.MixingProportions;

/**
 * A DJL {@link TrainingListener} that feeds learn2mix: after every training batch it computes the
 * mean loss of each class's examples in that batch, and after every epoch it moves the sampler's
 * mixing proportions toward the classes with the highest loss (SPEC sections 2 and 4).
 *
 * <p>The per-example losses come from the batch's predictions in training mode, before the
 * optimizer step, and cost one small product with the batch's one-hot class matrix and one
 * read-back per batch. The matrix is the batch's own when it is a {@link BatchWithClasses};
 * otherwise the listener looks up the class of every index in the sampler and makes it. A loss that
 * becomes NaN or infinite stops training with a {@link NonFiniteLossException}. The products run on
 * the device of the predictions, whichever the trainer trains on ({@code optDevices}); only the k+1
 * sums per batch come back to the host.
 *
 * <pre>{@code
 * PerExampleLoss loss = PerExampleLoss.crossEntropy();
 * DefaultTrainingConfig config = new DefaultTrainingConfig(MeanLoss.of(loss))
 *     .addTrainingListeners(new Learn2MixListener(sampler, loss));
 * EasyTrain.fit(trainer, epochs, trainSetWithSampler, null);
 * }</pre>
 *
 * <p>With a {@link Metrics} object set on the trainer, α and the class-wise losses are also
 * recorded there after every epoch as {@code learn2mix_alpha_<c>} and {@code
 * learn2mix_class_loss_<c>} (classes numbered from 1).
 */
public final class Learn2MixListener extends TrainingListenerAdapter {
  private final Learn2MixSampler sampler;
  private final PerExampleLoss loss;
  private final String runName;
  private int epoch = 1;
  private int batchInEpoch;
  private double epochLossSum;
  private double lastEpochTrainLoss = Double.NaN;

  /**
   * A listener for {@code sampler}'s runs.
   *
   * @param sampler the sampler that draws the training batches
   * @param loss the per-example loss whose class means drive α; use the one the trainer's loss
   *     averages
   */
  public Learn2MixListener(Learn2MixSampler sampler, PerExampleLoss loss) {
    this(sampler, loss, "strategy " + sampler.strategy().label() + ", seed " + sampler.seed());
  }

  /**
   * A listener for {@code sampler}'s runs, with a name for the run used in error messages.
   *
   * @param sampler the sampler that draws the training batches; the listener feeds its mixing state
   * @param loss the per-example loss whose class means drive α; use the one the trainer's loss
   *     averages
   * @param runName names the run in a {@link NonFiniteLossException}'s message, e.g. {@code
   *     strategy learn2mix, seed 3}
   */
  public Learn2MixListener(Learn2MixSampler sampler, PerExampleLoss loss, String runName) {
    this.sampler = sampler;
    this.loss = loss;
    this.runName = runName;
  }

  /**
   * Takes the batch's per-example losses, feeds their class means and counts to the sampler's
   * mixing state and adds the batch's mean loss to the epoch's. Temporary arrays are closed here;
   * the batch and its predictions stay the trainer's.
   *
   * @param trainer the trainer; its devices order the parts of a batch split across devices
   * @param batchData the batch just trained on, with its labels and training-mode predictions
   * @throws NonFiniteLossException if the batch's mean loss is NaN or infinite
   * @throws IllegalStateException if the batch is no {@link BatchWithClasses} and carries no
   *     example indices
   */
  @Override
  public void onTrainingBatch(Trainer trainer, BatchData batchData) {
    batchInEpoch++;
    NDArray predictions = joined(trainer, batchData.getPredictions());
    NDArray labels = joined(trainer, batchData.getLabels());
    int k = sampler.pools().classCount();
    int[] counts;
    float[] stats;
    try (NDManager scope = predictions.getManager().newSubManager()) {
      NDArray oneHot;
      if (batchData.getBatch() instanceof BatchWithClasses withClasses) {
        oneHot = withClasses.classOneHot();
        counts = withClasses.classCounts();
      } else {
        int[] classes = classesOf(batchData.getBatch());
        counts = new int[k];
        for (int c : classes) {
          counts[c]++;
        }
        oneHot = scope.create(classes).oneHot(k, DataType.FLOAT32);
      }
      NDArray perExample = loss.apply(predictions, labels);
      perExample.attach(scope);
      NDArray classSums = perExample.reshape(1, -1).matMul(oneHot).reshape(-1);
      stats = perExample.mean().reshape(1).concat(classSums).toFloatArray();
    }
    double batchLoss = stats[0];
    if (!Double.isFinite(batchLoss)) {
      throw new NonFiniteLossException(runName, epoch, batchInEpoch, batchLoss);
    }
    epochLossSum += batchLoss;
    double[] classMeans = new double[k];
    for (int c = 0; c < k; c++) {
      classMeans[c] = counts[c] == 0 ? 0 : stats[c + 1] / counts[c];
    }
    sampler.mixing().observeBatch(classMeans, counts);
  }

  /**
   * The class of every example of a batch that carries only its indices, by the sampler's pools.
   */
  private int[] classesOf(Batch batch) {
    List<?> indexList = batch.getIndices();
    if (indexList == null) {
      throw new IllegalStateException(
          "the batch carries no example indices; draw batches from a RandomAccessDataset");
    }
    int[] indices = IndexList.toIntArray(indexList);
    ClassPools pools = sampler.pools();
    int[] classes = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      classes[i] = pools.classOf(indices[i]);
    }
    return classes;
  }

  /**
   * Closes the epoch: computes the class-wise losses L, lets α move (per-epoch schedule), records
   * the epoch's mean batch loss and, if the trainer has metrics, α and L.
   *
   * @param trainer the trainer whose epoch ended; its {@link Metrics}, if any, receive α and L
   */
  @Override
  public void onEpoch(Trainer trainer) {
    AdaptiveMixing mixing = sampler.mixing();
    double[] classLosses = mixing.closeEpoch();
    lastEpochTrainLoss = batchInEpoch == 0 ? Double.NaN : epochLossSum / batchInEpoch;
    Metrics metrics = trainer.getMetrics();
    if (metrics != null) {
      double[] alpha = mixing.proportions().toArray();
      for (int c = 0; c < alpha.length; c++) {
        metrics.addMetric("learn2mix_alpha_" + (c + 1), alpha[c]);
        metrics.addMetric("learn2mix_class_loss_" + (c + 1), classLosses[c]);
      }
    }
    epoch++;
    batchInEpoch = 0;
    epochLossSum = 0;
  }

  /**
   * Continues a run that already completed {@code epochsCompleted} epochs (after the sampler's
   * mixing state has been restored), so that epochs are numbered on from there. The running epoch's
   * loss sum is cleared; {@link #lastEpochTrainLoss()} keeps its value.
   *
   * @param epochsCompleted the number of epochs finished before, at least 0
   */
  public void resumeAfter(int epochsCompleted) {
    this.epoch = epochsCompleted + 1;
    this.batchInEpoch = 0;
    this.epochLossSum = 0;
  }

  /**
   * Current α.
   *
   * @return the sampler's proportions, one share per class (immutable)
   */
  public MixingProportions proportions() {
    return sampler.proportions();
  }

  /**
   * The class-wise losses L of the last finished epoch.
   *
   * @return a copy, one mean per-example loss per class; all zeros before the first epoch ends
   */
  public double[] lastClassLosses() {
    return sampler.mixing().lastClassLosses();
  }

  /**
   * The training loss of the last finished epoch.
   *
   * @return the mean over its batches of each batch's mean per-example loss; NaN before the first
   *     epoch ends or if that epoch had no batch
   */
  public double lastEpochTrainLoss() {
    return lastEpochTrainLoss;
  }

  /**
   * Number of epochs finished.
   *
   * @return the epochs closed by {@link #onEpoch}, counting those given to {@link #resumeAfter}
   */
  public int epochsCompleted() {
    return epoch - 1;
  }

  /**
   * One array of the per-device parts, in the trainer's device order (DJL splits batches so), on
   * the trainer's first device.
   */
  private static NDArray joined(Trainer trainer, Map<Device, NDList> parts) {
    if (parts.size() == 1) {
      return parts.values().iterator().next().singletonOrThrow();
    }
    Device first = trainer.getDevices()[0];
    List<NDArray> ordered = new ArrayList<>();
    for (Device device : trainer.getDevices()) {
      NDList part = parts.get(device);
      if (part != null) {
        ordered.add(part.singletonOrThrow().toDevice(first, false));
      }
    }
    return NDArrays.concat(new NDList(ordered));
  }
}
