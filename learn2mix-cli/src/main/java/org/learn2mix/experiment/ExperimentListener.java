package org.learn2mix.experiment;

import java.util.List;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.TaskData;
import org.learn2mix.results.RunResult;
import org.learn2mix.train.EpochRecord;

/** Follows an experiment as it runs: for progress display and for saving results as they come. */
public interface ExperimentListener {
  /** The data set of {@code seed} is prepared. */
  default void dataReady(long seed, TaskData data) {}

  /** A run starts. */
  default void runStarted(Strategy strategy, long seed) {}

  /** An epoch of a run is done. */
  default void epochFinished(Strategy strategy, long seed, EpochRecord record) {}

  /**
   * A run is done.
   *
   * @param finished every run finished so far, this one last
   */
  default void runFinished(RunResult run, List<RunResult> finished) {}

  /**
   * A run stopped with an error; the experiment stops after this call.
   *
   * @param partial the epochs the run completed before the error
   * @param finished every run finished before this one
   * @param failure what went wrong
   */
  default void runFailed(RunResult partial, List<RunResult> finished, RuntimeException failure) {}

  /** One listener that tells each of {@code listeners}, in order. */
  static ExperimentListener all(ExperimentListener... listeners) {
    List<ExperimentListener> list = List.of(listeners);
    return new ExperimentListener() {
      @Override
      public void dataReady(long seed, TaskData data) {
        list.forEach(l -> l.dataReady(seed, data));
      }

      @Override
      public void runStarted(Strategy strategy, long seed) {
        list.forEach(l -> l.runStarted(strategy, seed));
      }

      @Override
      public void epochFinished(Strategy strategy, long seed, EpochRecord record) {
        list.forEach(l -> l.epochFinished(strategy, seed, record));
      }

      @Override
      public void runFinished(RunResult run, List<RunResult> finished) {
        list.forEach(l -> l.runFinished(run, finished));
      }

      @Override
      public void runFailed(RunResult partial, List<RunResult> finished, RuntimeException failure) {
        list.forEach(l -> l.runFailed(partial, finished, failure));
      }
    };
  }
}
