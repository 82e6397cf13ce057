package org.learn2mix.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.learn2mix.batching.Strategy;
import org.learn2mix.train.EpochRecord;

/**
 * Results aggregated over seeds: per strategy, the test metric at the checkpoint epochs ⌈0.25E⌉,
 * ⌈0.5E⌉ and E (mean ± population std) and the mean training seconds per epoch.
 *
 * @param checkpoints the checkpoint epochs, ascending and distinct
 * @param strategies per strategy, in the order first seen
 */
public record ExperimentSummary(
    List<Integer> checkpoints, Map<Strategy, StrategySummary> strategies) {

  /**
   * One strategy's aggregate.
   *
   * @param byEpoch metric at each checkpoint epoch
   * @param secondsPerEpoch mean training seconds per epoch over all its epochs and seeds
   * @param seeds number of runs aggregated
   */
  public record StrategySummary(Map<Integer, MeanStd> byEpoch, double secondsPerEpoch, int seeds) {}

  /** The checkpoint epochs of an experiment of {@code epochs} epochs. */
  public static List<Integer> checkpoints(int epochs) {
    TreeSet<Integer> set = new TreeSet<>();
    set.add((int) Math.ceil(0.25 * epochs));
    set.add((int) Math.ceil(0.5 * epochs));
    set.add(epochs);
    return List.copyOf(set);
  }

  /**
   * Aggregates complete runs of {@code epochs} epochs.
   *
   * @param runs finished runs, any number of seeds per strategy
   */
  public static ExperimentSummary of(List<RunResult> runs, int epochs) {
    List<Integer> checkpoints = checkpoints(epochs);
    Map<Strategy, List<RunResult>> byStrategy = new LinkedHashMap<>();
    for (RunResult run : runs) {
      byStrategy.computeIfAbsent(run.strategy(), s -> new ArrayList<>()).add(run);
    }
    Map<Strategy, StrategySummary> summaries = new LinkedHashMap<>();
    byStrategy.forEach((strategy, list) -> summaries.put(strategy, summarise(list, checkpoints)));
    return new ExperimentSummary(checkpoints, summaries);
  }

  private static StrategySummary summarise(List<RunResult> runs, List<Integer> checkpoints) {
    Map<Integer, MeanStd> byEpoch = new LinkedHashMap<>();
    for (int epoch : checkpoints) {
      double[] values = new double[runs.size()];
      for (int r = 0; r < values.length; r++) {
        values[r] = runs.get(r).epochs().get(epoch - 1).testMetric();
      }
      byEpoch.put(epoch, MeanStd.of(values));
    }
    double seconds = 0;
    int count = 0;
    for (RunResult run : runs) {
      for (EpochRecord record : run.epochs()) {
        seconds += record.seconds();
        count++;
      }
    }
    return new StrategySummary(byEpoch, seconds / count, runs.size());
  }
}
