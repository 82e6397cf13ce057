package org.learn2mix.report.runs;

import java.util.List;
import org.learn2mix.results.MeanStd;

/**
 * All finished runs of one strategy, with the aggregates over seeds the report shows: mean and
 * population std (ddof = 0) per epoch, as in the console table.
 *
 * @param name the strategy's label as written in {@code epochs.csv}
 * @param runs one per seed, each with the same number of epochs
 */
public record StrategyRuns(String name, List<SeedRun> runs) {
  /** Validates and copies. */
  public StrategyRuns {
    runs = List.copyOf(runs);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("strategy " + name + " has no runs");
    }
    for (SeedRun run : runs) {
      if (run.epochs() != runs.get(0).epochs()) {
        throw new IllegalArgumentException("runs of " + name + " differ in length");
      }
    }
  }

  /** The number of seeds aggregated. */
  public int seeds() {
    return runs.size();
  }

  /** The test metric at {@code epoch} (1-based) over seeds. */
  public MeanStd metricAt(int epoch) {
    double[] values = new double[runs.size()];
    for (int r = 0; r < values.length; r++) {
      values[r] = runs.get(r).testMetric()[epoch - 1];
    }
    return MeanStd.of(values);
  }

  /** The mean test metric of every epoch; index {@code e - 1} is epoch e. */
  public double[] meanCurve() {
    double[] curve = new double[runs.get(0).epochs()];
    for (int e = 0; e < curve.length; e++) {
      curve[e] = metricAt(e + 1).mean();
    }
    return curve;
  }

  /** The mean over seeds of the mixing proportions after every epoch, {@code [epoch][class]}. */
  public double[][] meanAlpha() {
    return mean(runs.stream().map(SeedRun::alpha).toList());
  }

  /** The mean over seeds of each class's test metric at {@code epoch} (1-based). */
  public double[] meanClassMetricAt(int epoch) {
    return mean(runs.stream().map(SeedRun::classTestMetric).toList())[epoch - 1];
  }

  /** Mean training seconds per epoch over all epochs and seeds. */
  public double secondsPerEpoch() {
    double sum = 0;
    int count = 0;
    for (SeedRun run : runs) {
      for (double s : run.seconds()) {
        sum += s;
        count++;
      }
    }
    return sum / count;
  }

  private static double[][] mean(List<double[][]> tables) {
    double[][] first = tables.get(0);
    double[][] mean = new double[first.length][first[0].length];
    for (double[][] table : tables) {
      for (int e = 0; e < mean.length; e++) {
        for (int c = 0; c < mean[e].length; c++) {
          mean[e][c] += table[e][c] / tables.size();
        }
      }
    }
    return mean;
  }
}
