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
 * <p>The list and map are held as given, not copied.
 *
 * @param checkpoints the checkpoint epochs, ascending and distinct, each in 1..E
 * @param strategies per strategy, in the order first seen; a strategy without finished runs is
 *     absent
 */
public record ExperimentSummary(
    List<Integer> checkpoints, Map<Strategy, StrategySummary> strategies) {

  /**
   * One strategy's aggregate.
   *
   * @param byEpoch the test metric over seeds at each checkpoint epoch, keyed by epoch (1-based),
   *     ascending
   * @param secondsPerEpoch mean wall-clock training seconds per epoch over all its epochs and
   *     seeds, evaluation excluded; NaN when read from a file that does not state it
   * @param seeds number of runs aggregated, at least 1
   */
  public record StrategySummary(Map<Integer, MeanStd> byEpoch, double secondsPerEpoch, int seeds) {}

  /**
   * The checkpoint epochs of an experiment.
   *
   * @param epochs E, the number of epochs of every run, at least 1
   * @return ⌈0.25E⌉, ⌈0.5E⌉ and E, ascending and without repeats (unmodifiable); e.g. [1, 2] for E
   *     = 2
   */
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
   * @param runs finished runs, each with at least {@code epochs} epochs, any number of seeds per
   *     strategy; empty gives a summary without strategies
   * @param epochs E, the planned number of epochs, at least 1
   * @return the summary at the checkpoints of {@code epochs}, strategies in the order their first
   *     run appears in {@code runs}
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
