package org.learn2mix.report.runs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learn2mix.results.Verdict;

/**
 * What {@code summary.json} says about a comparison: the experiment, the metric and its direction,
 * the classes, the resolved settings and the provenance. Settings and provenance are kept as the
 * texts the file holds, in its order, since the report only shows them.
 *
 * @param preset the preset's name
 * @param task {@code classification}, {@code regression} or {@code reconstruction}
 * @param metric the test metric's name, e.g. {@code test_mse}
 * @param higherIsBetter whether a larger metric is better
 * @param epochs the planned number of epochs E
 * @param seeds the planned seeds
 * @param complete whether every planned run had finished when the file was written
 * @param checkpoints the epochs the summary table shows, ascending, each in 1..E
 * @param classNames the mixing classes, in column order (class 1 first)
 * @param trainCounts training examples per class, or empty if the file does not say
 * @param settings the resolved settings, name to value
 * @param provenance versions, machine and times, name to value
 * @param alphaStar α* of Proposition 2.3, one share per class, where the preset knows it; else
 *     empty
 * @param verdict learn2mix against classical, or {@code null} where the summary has none
 */
public record RunInfo(
    String preset,
    String task,
    String metric,
    boolean higherIsBetter,
    int epochs,
    List<Long> seeds,
    boolean complete,
    List<Integer> checkpoints,
    List<String> classNames,
    List<Integer> trainCounts,
    Map<String, String> settings,
    Map<String, String> provenance,
    List<Double> alphaStar,
    Verdict verdict) {

  /** Validates and copies. */
  public RunInfo {
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
    }
    if (classNames.isEmpty()) {
      throw new IllegalArgumentException("no classes");
    }
    for (int checkpoint : checkpoints) {
      if (checkpoint < 1 || checkpoint > epochs) {
        throw new IllegalArgumentException(
            "checkpoint epoch " + checkpoint + " is outside 1.." + epochs);
      }
    }
    seeds = List.copyOf(seeds);
    checkpoints = List.copyOf(checkpoints);
    classNames = List.copyOf(classNames);
    trainCounts = List.copyOf(trainCounts);
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    if (!alphaStar.isEmpty() && alphaStar.size() != classNames.size()) {
      throw new IllegalArgumentException(
          "alpha* has " + alphaStar.size() + " shares for " + classNames.size() + " classes");
    }
    alphaStar = List.copyOf(alphaStar);
  }

  /** A run whose preset does not know α* and whose summary has no verdict. */
  public RunInfo(
      String preset,
      String task,
      String metric,
      boolean higherIsBetter,
      int epochs,
      List<Long> seeds,
      boolean complete,
      List<Integer> checkpoints,
      List<String> classNames,
      List<Integer> trainCounts,
      Map<String, String> settings,
      Map<String, String> provenance) {
    this(
        preset,
        task,
        metric,
        higherIsBetter,
        epochs,
        seeds,
        complete,
        checkpoints,
        classNames,
        trainCounts,
        settings,
        provenance,
        List.of(),
        null);
  }

  /** The number of classes k. */
  public int classCount() {
    return classNames.size();
  }

  /** "lower is better" or "higher is better". */
  public String direction() {
    return (higherIsBetter ? "higher" : "lower") + " is better";
  }

  /** Whether {@code a} is at least as good as {@code b} by the metric's direction. */
  public boolean atLeastAsGood(double a, double b) {
    return higherIsBetter ? a >= b : a <= b;
  }
}
