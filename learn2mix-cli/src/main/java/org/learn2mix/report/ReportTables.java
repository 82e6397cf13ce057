package org.learn2mix.report;

import static org.learn2mix.report.Html.escape;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.learn2mix.report.runs.EpochsToTarget;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.report.runs.StrategyRuns;
import org.learn2mix.report.runs.SummaryTable;
import org.learn2mix.results.MeanStd;

/**
 * The tables of {@code report.html} as HTML fragments. Numbers are formatted as in the console
 * table (four significant digits, {@link Locale#ROOT}); every text from the run's files is escaped.
 */
final class ReportTables {
  private ReportTables() {}

  /**
   * One row per strategy: the metric at each checkpoint epoch (mean ± std over seeds, the mean
   * alone for one seed; the best mean of each column marked), training seconds per epoch and the
   * number of seeds.
   */
  static String summary(RunData run) {
    RunInfo info = run.info();
    StringBuilder html = new StringBuilder();
    html.append("<table class=\"summary\">\n<thead><tr><th>strategy</th>");
    for (int epoch : info.checkpoints()) {
      html.append("<th>").append(escape(info.metric())).append(" @ epoch ").append(epoch);
      html.append("</th>");
    }
    html.append("<th>s/epoch</th><th>seeds</th></tr></thead>\n<tbody>\n");
    for (StrategyRuns strategy : run.strategies()) {
      html.append("<tr><td>").append(escape(strategy.name())).append("</td>");
      for (int epoch : info.checkpoints()) {
        MeanStd value = strategy.metricAt(epoch);
        boolean best = isBest(run, epoch, value.mean());
        html.append(best ? "<td class=\"num best\">" : "<td class=\"num\">");
        html.append(SummaryTable.meanStd(value, strategy.seeds()));
        html.append(best ? " *" : "").append("</td>");
      }
      html.append("<td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.3f", strategy.secondsPerEpoch()))
          .append("</td><td class=\"num\">")
          .append(strategy.seeds())
          .append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    html.append("<p class=\"note\">")
        .append(info.direction())
        .append("; * and bold mark the best mean of each column; ± is the population standard")
        .append(
            " deviation over seeds (none for one seed); s/epoch is training time, evaluation excluded.</p>\n");
    return html.toString();
  }

  /** The target and, per strategy, the first epoch whose mean reaches it. */
  static String epochsToTarget(RunData run, EpochsToTarget result) {
    RunInfo info = run.info();
    StringBuilder html = new StringBuilder();
    html.append("<p>Target: ")
        .append(escape(info.metric()))
        .append(info.higherIsBetter() ? " ≥ " : " ≤ ")
        .append(SummaryTable.format(result.target()))
        .append(", the final (epoch ")
        .append(run.epochs())
        .append(") mean of the slowest strategy, ")
        .append(escape(result.slowest()))
        .append(". Each strategy reaches it at the first epoch whose mean over seeds is at least")
        .append(" as good.</p>\n");
    html.append("<table class=\"target\">\n<thead><tr><th>strategy</th>")
        .append("<th>epochs to target</th></tr></thead>\n<tbody>\n");
    for (EpochsToTarget.Entry entry : result.entries()) {
      html.append("<tr><td>").append(escape(entry.strategy())).append("</td><td class=\"num\">");
      html.append(
          entry.epoch().isPresent() ? String.valueOf(entry.epoch().getAsInt()) : "not reached");
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    return html.toString();
  }

  /** The classes with their training counts (when the summary records them). */
  static String classes(RunInfo info) {
    List<Integer> counts = info.trainCounts();
    StringBuilder html = new StringBuilder("<table class=\"classes\">\n<thead><tr><th>#</th>");
    html.append("<th>class</th>").append(counts.isEmpty() ? "" : "<th>training examples</th>");
    html.append("</tr></thead>\n<tbody>\n");
    for (int c = 0; c < info.classCount(); c++) {
      html.append("<tr><td class=\"num\">").append(c + 1).append("</td><td>");
      html.append(escape(info.classNames().get(c))).append("</td>");
      if (!counts.isEmpty()) {
        html.append("<td class=\"num\">").append(counts.get(c)).append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  /** A two-column table of names and values. */
  static String keyValues(String cssClass, Map<String, String> entries) {
    StringBuilder html = new StringBuilder("<table class=\"" + cssClass + "\">\n<tbody>\n");
    for (Map.Entry<String, String> e : entries.entrySet()) {
      html.append("<tr><th>").append(escape(e.getKey())).append("</th><td>");
      html.append(escape(e.getValue())).append("</td></tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  private static boolean isBest(RunData run, int epoch, double mean) {
    if (run.strategies().size() < 2) {
      return false;
    }
    for (StrategyRuns other : run.strategies()) {
      if (!run.info().atLeastAsGood(mean, other.metricAt(epoch).mean())) {
        return false;
      }
    }
    return true;
  }
}
