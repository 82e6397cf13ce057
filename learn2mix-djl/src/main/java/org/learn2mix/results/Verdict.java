package org.learn2mix.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.learn2mix.batching.Strategy;
import org.learn2mix.train.EpochRecord;

/**
 * learn2mix against classical training, paired by seed (SPEC section 10): the difference of the
 * final test metric with a 95% t-interval over seeds, when learn2mix first reaches classical's
 * final metric, and the worst class under classical with every strategy's value for it.
 *
 * @param strategy the strategy judged, learn2mix
 * @param baseline the strategy it is judged against, classical
 * @param epoch the final epoch E
 * @param pairedSeeds the seeds both finished, n
 * @param meanDifference mean over the paired seeds of m_strategy − m_baseline at E
 * @param interval the 95% interval of the mean difference, or {@code null} for one seed
 * @param baselineFinal the baseline's mean metric at E over the paired seeds
 * @param reach when the strategy's mean over the paired seeds first is at least as good as {@code
 *     baselineFinal}, or {@code null} if it never is within E epochs
 * @param baselineSeconds the baseline's mean training seconds over all E epochs
 * @param worstClass the class with the worst mean metric under the baseline at E, or {@code null}
 *     if no class has test examples
 */
public record Verdict(
    Strategy strategy,
    Strategy baseline,
    int epoch,
    int pairedSeeds,
    double meanDifference,
    Interval interval,
    double baselineFinal,
    Reach reach,
    double baselineSeconds,
    WorstClass worstClass) {

  /** The confidence level of the interval. */
  public static final double LEVEL = 0.95;

  /**
   * Checks the counts.
   *
   * @param strategy the strategy judged
   * @param baseline the strategy it is judged against
   * @param epoch the final epoch, at least 1
   * @param pairedSeeds the paired seeds, at least 1
   * @param meanDifference the mean difference at the final epoch
   * @param interval the 95% interval, {@code null} exactly when there is one seed
   * @param baselineFinal the baseline's mean final metric
   * @param reach when the strategy reaches it, or {@code null}
   * @param baselineSeconds the baseline's mean training seconds
   * @param worstClass the worst class, or {@code null}
   * @throws IllegalArgumentException if a strategy is missing, the counts are below 1, or the
   *     interval's presence does not match the seed count
   */
  public Verdict {
    if (strategy == null || baseline == null || epoch < 1 || pairedSeeds < 1) {
      throw new IllegalArgumentException("a verdict needs two strategies, an epoch and a seed");
    }
    if ((interval == null) != (pairedSeeds == 1)) {
      throw new IllegalArgumentException("an interval exactly when there is more than one seed");
    }
  }

  /**
   * An interval of the mean difference.
   *
   * @param low its lower end
   * @param high its upper end
   */
  public record Interval(double low, double high) {}

  /**
   * The first epoch at which the strategy reaches the baseline's final metric.
   *
   * @param epoch the epoch, 1-based
   * @param seconds the strategy's mean cumulative training seconds up to and including it
   */
  public record Reach(int epoch, double seconds) {}

  /**
   * The worst class under the baseline at E.
   *
   * @param index its 0-based index
   * @param name its name
   * @param values each strategy's mean metric for it at E, in the order the strategies ran; NaN
   *     where a strategy's runs have no value
   */
  public record WorstClass(int index, String name, Map<Strategy, Double> values) {
    /**
     * Copies the values.
     *
     * @param index the class's 0-based index
     * @param name its name
     * @param values each strategy's mean metric for it, copied in order
     */
    public WorstClass {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  /** Which strategy the interval favours. */
  public enum Outcome {
    /** The interval lies on the strategy's side of 0. */
    STRATEGY_BETTER,
    /** The interval lies on the baseline's side of 0. */
    BASELINE_BETTER,
    /** The interval holds 0. */
    NO_CLEAR_DIFFERENCE,
    /** One seed: there is no interval. */
    NO_INTERVAL
  }

  /**
   * What the interval says, given the metric's direction.
   *
   * @param higherIsBetter whether a larger metric is better
   * @return the outcome
   */
  public Outcome outcome(boolean higherIsBetter) {
    if (interval == null) {
      return Outcome.NO_INTERVAL;
    }
    if (interval.low() > 0) {
      return higherIsBetter ? Outcome.STRATEGY_BETTER : Outcome.BASELINE_BETTER;
    }
    if (interval.high() < 0) {
      return higherIsBetter ? Outcome.BASELINE_BETTER : Outcome.STRATEGY_BETTER;
    }
    return Outcome.NO_CLEAR_DIFFERENCE;
  }

  /**
   * The verdict on {@code runs}: learn2mix against classical over the seeds where both finished all
   * {@code epochs} epochs.
   *
   * @param runs finished runs of any strategies; runs of fewer epochs are left out
   * @param epochs E
   * @param higherIsBetter whether a larger metric is better
   * @param classNames the classes' names, class 1 first
   * @return the verdict, or empty unless both strategies finished a seed
   */
  public static Optional<Verdict> of(
      List<RunResult> runs, int epochs, boolean higherIsBetter, List<String> classNames) {
    Map<Strategy, Map<Long, List<EpochRecord>>> finished = new LinkedHashMap<>();
    for (RunResult run : runs) {
      if (run.epochs().size() == epochs) {
        finished
            .computeIfAbsent(run.strategy(), s -> new TreeMap<>())
            .put(run.seed(), run.epochs());
      }
    }
    Map<Long, List<EpochRecord>> a = finished.get(Strategy.LEARN2MIX);
    Map<Long, List<EpochRecord>> b = finished.get(Strategy.CLASSICAL);
    if (a == null || b == null) {
      return Optional.empty();
    }
    List<Long> paired = new ArrayList<>(a.keySet());
    paired.retainAll(b.keySet());
    if (paired.isEmpty()) {
      return Optional.empty();
    }
    int n = paired.size();
    double[] differences = new double[n];
    double baselineFinal = 0;
    double baselineSeconds = 0;
    for (int i = 0; i < n; i++) {
      List<EpochRecord> ra = a.get(paired.get(i));
      List<EpochRecord> rb = b.get(paired.get(i));
      differences[i] = ra.get(epochs - 1).testMetric() - rb.get(epochs - 1).testMetric();
      baselineFinal += rb.get(epochs - 1).testMetric() / n;
      baselineSeconds += cumulativeSeconds(rb, epochs) / n;
    }
    return Optional.of(
        new Verdict(
            Strategy.LEARN2MIX,
            Strategy.CLASSICAL,
            epochs,
            n,
            mean(differences),
            interval(differences),
            baselineFinal,
            reach(paired, a, baselineFinal, higherIsBetter, epochs),
            baselineSeconds,
            worstClass(finished, b, epochs, higherIsBetter, classNames)));
  }

  /**
   * The {@link #LEVEL} t-interval of the mean of {@code values}: mean ± t_{0.975, n−1} · s / √n,
   * with s the sample standard deviation (ddof = 1).
   *
   * @param values at least one value
   * @return the interval, or {@code null} for one value
   */
  public static Interval interval(double[] values) {
    int n = values.length;
    if (n < 2) {
      return null;
    }
    double mean = mean(values);
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double t = new TDistribution(n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2);
    double half = t * sd / Math.sqrt(n);
    return new Interval(mean - half, mean + half);
  }

  private static Reach reach(
      List<Long> seeds,
      Map<Long, List<EpochRecord>> runs,
      double target,
      boolean higherIsBetter,
      int epochs) {
    for (int e = 1; e <= epochs; e++) {
      double mean = 0;
      for (long seed : seeds) {
        mean += runs.get(seed).get(e - 1).testMetric() / seeds.size();
      }
      if (higherIsBetter ? mean >= target : mean <= target) {
        double seconds = 0;
        for (long seed : seeds) {
          seconds += cumulativeSeconds(runs.get(seed), e) / seeds.size();
        }
        return new Reach(e, seconds);
      }
    }
    return null;
  }

  private static WorstClass worstClass(
      Map<Strategy, Map<Long, List<EpochRecord>>> finished,
      Map<Long, List<EpochRecord>> baseline,
      int epochs,
      boolean higherIsBetter,
      List<String> classNames) {
    int worst = -1;
    double worstValue = Double.NaN;
    for (int c = 0; c < classNames.size(); c++) {
      double value = classMean(baseline, c, epochs);
      if (!Double.isNaN(value)
          && (worst < 0 || (higherIsBetter ? value < worstValue : value > worstValue))) {
        worst = c;
        worstValue = value;
      }
    }
    if (worst < 0) {
      return null;
    }
    Map<Strategy, Double> values = new LinkedHashMap<>();
    for (Map.Entry<Strategy, Map<Long, List<EpochRecord>>> e : finished.entrySet()) {
      values.put(e.getKey(), classMean(e.getValue(), worst, epochs));
    }
    return new WorstClass(worst, classNames.get(worst), values);
  }

  /** The mean over seeds of class {@code c}'s metric at E, NaN where no seed has one. */
  private static double classMean(Map<Long, List<EpochRecord>> runs, int c, int epochs) {
    double sum = 0;
    int count = 0;
    for (List<EpochRecord> run : runs.values()) {
      double[] metrics = run.get(epochs - 1).classTestMetric();
      if (c < metrics.length && !Double.isNaN(metrics[c])) {
        sum += metrics[c];
        count++;
      }
    }
    return count == 0 ? Double.NaN : sum / count;
  }

  private static double cumulativeSeconds(List<EpochRecord> run, int epochs) {
    double seconds = 0;
    for (int e = 0; e < epochs; e++) {
      seconds += run.get(e).seconds();
    }
    return seconds;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
