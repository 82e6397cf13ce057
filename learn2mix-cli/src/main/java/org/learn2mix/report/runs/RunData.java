package org.learn2mix.report.runs;

import java.util.List;
import java.util.Optional;

/**
 * A comparison's results read back from its folder: the facts of {@code summary.json} and the runs
 * of {@code epochs.csv}, grouped by strategy in the order the file first names them.
 *
 * @param info what the summary says
 * @param strategies the finished runs per strategy
 */
public record RunData(RunInfo info, List<StrategyRuns> strategies) {
  /** The strategy the learn2mix mixing proportions come from. */
  public static final String LEARN2MIX = "learn2mix";

  /** Validates and copies. */
  public RunData {
    strategies = List.copyOf(strategies);
    if (strategies.isEmpty()) {
      throw new IllegalArgumentException("no finished runs");
    }
  }

  /** The number of epochs every run has. */
  public int epochs() {
    return strategies.get(0).runs().get(0).epochs();
  }

  /** The strategy called {@code name}, if it ran. */
  public Optional<StrategyRuns> strategy(String name) {
    return strategies.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
