package org.learn2mix.experiment;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.TaskData;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.results.RunResult;
import org.learn2mix.train.EpochRecord;
import org.learn2mix.train.ResidentSet;
import org.learn2mix.train.RunStore;
import org.learn2mix.train.TrainingRun;

/**
 * Trains every strategy with every seed. For each seed the data set is prepared and moved to the
 * engine once, and all strategies train on it from the same initial weights.
 */
public final class ExperimentRunner {
  private final ExperimentSettings settings;
  private final ExperimentListener listener;
  private final CheckpointFiles checkpoints;
  private final Device device; // null: the engine's default device

  /** A runner reporting to {@code listener}, keeping no checkpoints. */
  public ExperimentRunner(ExperimentSettings settings, ExperimentListener listener) {
    this(settings, listener, null);
  }

  /**
   * A runner on the engine's default device reporting to {@code listener} that saves every run's
   * progress in {@code checkpoints} after each epoch and continues from what they hold.
   */
  public ExperimentRunner(
      ExperimentSettings settings, ExperimentListener listener, CheckpointFiles checkpoints) {
    this(settings, listener, checkpoints, null);
  }

  /**
   * A runner reporting to {@code listener} that saves every run's progress in {@code checkpoints}
   * after each epoch and continues from what they hold, training on {@code device} (null: the
   * engine's default device): the data sets are moved there and every run trains there.
   */
  public ExperimentRunner(
      ExperimentSettings settings,
      ExperimentListener listener,
      CheckpointFiles checkpoints,
      Device device) {
    this.settings = settings;
    this.listener = listener;
    this.checkpoints = checkpoints;
    this.device = device;
  }

  /** Runs everything; returns the runs in the order they finished. */
  public List<RunResult> run() {
    Device on = device == null ? EngineStart.offline().defaultDevice() : device;
    EngineStart.offline(); // also where a device was given: it starts the engine offline
    List<RunResult> finished = new ArrayList<>();
    for (long seed : settings.seeds()) {
      TaskData data = settings.preset().data().prepare(seed, settings.dataDir());
      checkBatchSize(data);
      listener.dataReady(seed, data);
      try (NDManager root = NDManager.newBaseManager(on);
          ResidentSet train =
              ResidentSet.upload(root, data.train(), data.task(), data.classCount());
          ResidentSet test =
              ResidentSet.upload(root, data.test(), data.task(), data.classCount())) {
        for (Strategy strategy : settings.strategies()) {
          listener.runStarted(strategy, seed);
          TrainingRun run =
              new TrainingRun(
                  data.task(),
                  data.classCount(),
                  train,
                  test,
                  () -> settings.preset().architecture().apply(data),
                  strategy,
                  settings.training(),
                  seed);
          List<EpochRecord> completed = new ArrayList<>();
          RunResult result;
          try {
            result =
                new RunResult(
                    strategy,
                    seed,
                    run.run(
                        record -> {
                          completed.add(record);
                          listener.epochFinished(strategy, seed, record);
                        },
                        checkpoints == null
                            ? RunStore.none()
                            : checkpoints.forRun(strategy, seed)));
          } catch (RuntimeException failure) {
            listener.runFailed(
                new RunResult(strategy, seed, completed), List.copyOf(finished), failure);
            throw failure;
          }
          finished.add(result);
          listener.runFinished(result, List.copyOf(finished));
        }
      }
    }
    return finished;
  }

  private void checkBatchSize(TaskData data) {
    int n = data.train().size();
    if (settings.training().batchSize() > n) {
      throw new UsageException(
          "--batch-size "
              + settings.training().batchSize()
              + " is larger than the training set of "
              + settings.preset().name()
              + " ("
              + n
              + " examples)");
    }
  }
}
