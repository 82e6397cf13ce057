package org.learn2mix.sweep;

import java.util.List;
import java.util.Optional;
import org.learn2mix.batching.Strategy;
import org.learn2mix.report.runs.EpochsToTarget;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.report.runs.StrategyRuns;
import org.learn2mix.results.MeanStd;

/**
 * A sweep's results as its report shows them, read back from the settings' comparison folders (so
 * that the sweep page and each setting's own report show the same numbers) and the cells' folders.
 *
 * @param plan the grid
 * @param settings one per setting of the plan, in its order
 * @param cells one per cell of the plan, in its order
 */
public record SweepResults(SweepPlan plan, List<SettingResult> settings, List<CellResult> cells) {
  /** Copies. */
  public SweepResults {
    settings = List.copyOf(settings);
    cells = List.copyOf(cells);
  }

  /**
   * One setting's comparison.
   *
   * @param setting the setting
   * @param run its comparison read back, or {@code null} if none of its cells finished
   * @param target epochs to target within it, or {@code null} with no run
   */
  public record SettingResult(Setting setting, RunData run, EpochsToTarget target) {
    /** The strategy's final metric over its finished seeds, if it has any. */
    public Optional<MeanStd> finalMetric(Strategy strategy) {
      return runs(strategy).map(r -> r.metricAt(r.runs().get(0).epochs()));
    }

    /** The seeds of {@code strategy} that finished. */
    public int seeds(Strategy strategy) {
      return runs(strategy).map(StrategyRuns::seeds).orElse(0);
    }

    /** The first epoch at which {@code strategy}'s mean reaches the setting's target, if any. */
    public Optional<Integer> epochsToTarget(Strategy strategy) {
      if (target == null) {
        return Optional.empty();
      }
      return target.entries().stream()
          .filter(e -> e.strategy().equals(strategy.label()) && e.epoch().isPresent())
          .map(e -> e.epoch().getAsInt())
          .findFirst();
    }

    private Optional<StrategyRuns> runs(Strategy strategy) {
      return run == null ? Optional.empty() : run.strategy(strategy.label());
    }
  }

  /**
   * One cell.
   *
   * @param cell the cell
   * @param state done, failed or missing
   * @param failures the reasons of its failed tries, oldest first
   */
  public record CellResult(Cell cell, SweepFolder.State state, List<String> failures) {
    /** Copies. */
    public CellResult {
      failures = List.copyOf(failures);
    }
  }

  /** What the runs say about the metric, from the first setting that has runs. */
  public Optional<RunInfo> info() {
    return settings.stream().filter(s -> s.run() != null).map(s -> s.run().info()).findFirst();
  }

  /** Whether every cell is done. */
  public boolean complete() {
    return cells.stream().allMatch(c -> c.state() == SweepFolder.State.DONE);
  }

  /** The cells that failed as often as they may. */
  public List<CellResult> failed() {
    return cells.stream().filter(c -> c.state() == SweepFolder.State.FAILED).toList();
  }

  /**
   * The setting where {@code strategy}'s final mean is best (the first of equals); for a γ-free
   * strategy, the first γ of the best batch size and learning rate.
   */
  public Optional<Setting> best(Strategy strategy) {
    Optional<RunInfo> info = info();
    Setting best = null;
    double bestMean = Double.NaN;
    for (SettingResult s : settings) {
      Optional<MeanStd> m = s.finalMetric(strategy);
      if (m.isPresent()
          && (best == null || !info.orElseThrow().atLeastAsGood(bestMean, m.get().mean()))) {
        best = s.setting();
        bestMean = m.get().mean();
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether {@code setting} is {@code strategy}'s best; for a γ-free strategy every γ of the best
   * batch size and learning rate is, since they share its runs.
   */
  public boolean isBest(Strategy strategy, Setting setting) {
    return best(strategy)
        .map(
            b ->
                strategy.adapts()
                    ? b.equals(setting)
                    : b.withoutGamma().equals(setting.withoutGamma()))
        .orElse(false);
  }

  /** The result of {@code setting}. */
  public SettingResult of(Setting setting) {
    return settings.stream().filter(s -> s.setting().equals(setting)).findFirst().orElseThrow();
  }
}
