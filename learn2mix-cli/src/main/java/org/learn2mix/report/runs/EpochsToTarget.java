package org.learn2mix.report.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * How many epochs each strategy needs to reach the final quality of the slowest one (SPEC section
 * 6, "epochs to reach a target"). The target is the worst final (last-epoch) mean among the
 * strategies; a strategy reaches it at the first epoch whose mean over seeds is at least as good
 * ({@code <=} when lower is better, {@code >=} when higher is better). Since every run of a folder
 * has the same epochs, each strategy reaches the target by the last epoch at the latest; "not
 * reached" is kept for data that breaks that rule.
 *
 * @param target the worst final mean
 * @param slowest the strategy whose final mean is the target (the first, if several tie)
 * @param entries one per strategy, in the run's order
 */
public record EpochsToTarget(double target, String slowest, List<Entry> entries) {
  /**
   * One strategy's result.
   *
   * @param strategy the strategy's name
   * @param epoch the first epoch whose mean reaches the target, or empty if none does
   */
  public record Entry(String strategy, OptionalInt epoch) {}

  /** Copies. */
  public EpochsToTarget {
    entries = List.copyOf(entries);
  }

  /** Computes the target and each strategy's epoch from the mean curves of {@code run}. */
  public static EpochsToTarget of(RunData run) {
    RunInfo info = run.info();
    String slowest = null;
    double target = Double.NaN;
    for (StrategyRuns strategy : run.strategies()) {
      double[] curve = strategy.meanCurve();
      double last = curve[curve.length - 1];
      if (slowest == null || !info.atLeastAsGood(last, target)) {
        slowest = strategy.name();
        target = last;
      }
    }
    List<Entry> entries = new ArrayList<>();
    for (StrategyRuns strategy : run.strategies()) {
      entries.add(new Entry(strategy.name(), firstReaching(strategy.meanCurve(), target, info)));
    }
    return new EpochsToTarget(target, slowest, entries);
  }

  private static OptionalInt firstReaching(double[] curve, double target, RunInfo info) {
    for (int e = 0; e < curve.length; e++) {
      if (info.atLeastAsGood(curve[e], target)) {
        return OptionalInt.of(e + 1);
      }
    }
    return OptionalInt.empty();
  }
}
