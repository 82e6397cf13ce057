package org.learn2mix.report.published;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.learn2mix.report.runs.SummaryTable;
import org.learn2mix.results.MeanStd;

/**
 * One strategy's test metric at the checkpoint epochs over the seeds it finished: what is held
 * against the paper.
 *
 * @param strategy the strategy's name, e.g. {@code learn2mix}
 * @param seeds the number of seeds aggregated, at least 1
 * @param byEpoch checkpoint epoch → mean and std over seeds
 */
public record StrategyResult(String strategy, int seeds, Map<Integer, MeanStd> byEpoch) {
  /** Validates and copies. */
  public StrategyResult {
    if (seeds < 1) {
      throw new IllegalArgumentException(strategy + ": seeds must be at least 1, was " + seeds);
    }
    byEpoch = Collections.unmodifiableMap(new TreeMap<>(byEpoch));
  }

  /** Mean ± std at {@code epoch}, the mean alone for one seed; empty text if not recorded. */
  public String text(int epoch) {
    MeanStd value = byEpoch.get(epoch);
    return value == null ? "" : SummaryTable.meanStd(value, seeds);
  }
}
