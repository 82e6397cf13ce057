package org.learn2mix.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.learn2mix.batching.Strategy;
import org.learn2mix.report.published.PublishedTable;
import org.learn2mix.report.published.Reproduction;
import org.learn2mix.report.published.RunSettings;
import org.learn2mix.report.published.StrategyResult;
import org.learn2mix.results.ExperimentSummary;
import org.learn2mix.results.SummaryException;
import org.learn2mix.results.SummaryJson;
import org.learn2mix.results.TaskInfo;

/**
 * {@code index.html} of a reproduction: one row per preset with, at each checkpoint epoch and for
 * each strategy, our test metric (mean ± std over seeds, read from its summary.json) beside the
 * paper's value and whether ours lies within it, and a link to its report, or why it failed.
 */
public final class ReproductionIndex {
  /** The page's file name. */
  public static final String PAGE = "index.html";

  private ReproductionIndex() {}

  /**
   * The page for the presets in {@code dir}, in order.
   *
   * @param failures preset name → one-line reason, for presets that failed
   */
  public static String render(Path dir, List<String> presets, Map<String, String> failures) {
    return render(dir, presets, failures, PublishedTable.builtIn());
  }

  /** The page, holding the runs against {@code published}. */
  static String render(
      Path dir, List<String> presets, Map<String, String> failures, PublishedTable published) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>learn2mix: published experiments</title><style>")
        .append("body{font-family:sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;")
        .append("text-align:left;vertical-align:top}td.num{text-align:right;white-space:nowrap}")
        .append(".failed{color:#a00}.note{color:#555}")
        .append(".warning{background:#fff3cd;border:1px solid #e0c36a;padding:6px 10px}")
        .append(ReproductionHtml.CSS)
        .append("</style></head><body>\n")
        .append("<h1>learn2mix: published experiments</h1>\n")
        .append("<p>Test metric at epochs ⌈E/4⌉, ⌈E/2⌉ and E per strategy: ours, the mean")
        .append(" &plusmn; std over seeds (the mean alone for one seed), beside the paper's.</p>\n")
        .append(ReproductionHtml.source(published))
        .append("<table><tr><th>preset</th><th>metric</th><th>ours beside the paper</th>")
        .append("<th>report</th></tr>\n");
    for (String preset : presets) {
      html.append("<tr><td>").append(Html.escape(preset)).append("</td>");
      Path summary = dir.resolve(preset).resolve(SummaryJson.FILE);
      if (failures.containsKey(preset)) {
        html.append("<td colspan=\"3\" class=\"failed\">failed: ")
            .append(Html.escape(failures.get(preset)))
            .append("</td>");
      } else if (!Files.isRegularFile(summary)) {
        html.append("<td colspan=\"3\">not run yet</td>");
      } else {
        html.append(row(preset, summary, published));
      }
      html.append("</tr>\n");
    }
    return html.append("</table>\n</body></html>\n").toString();
  }

  private static String row(String preset, Path summary, PublishedTable published) {
    SummaryJson saved;
    TaskInfo task;
    Reproduction reproduction;
    try {
      saved = SummaryJson.read(summary);
      task = saved.task();
      reproduction =
          Reproduction.of(
              preset,
              Reproduction.protocolOf(saved.settingsAsText()),
              RunSettings.fromSummary(saved.settingsAsText()),
              saved.checkpoints(),
              results(saved.results()),
              published);
    } catch (SummaryException | IllegalArgumentException e) {
      return "<td colspan=\"3\" class=\"failed\">unreadable summary.json: "
          + Html.escape(e.getMessage())
          + "</td>";
    }
    StringBuilder cells = new StringBuilder("<td>");
    cells
        .append(Html.escape(task.metric()))
        .append(task.higherIsBetter() ? " (higher is better)" : " (lower is better)")
        .append("</td><td>")
        .append(ReproductionHtml.body(reproduction));
    if (reproduction.kind() != Reproduction.Kind.COMPARABLE) {
      cells.append(ReproductionHtml.ours(reproduction));
    }
    cells.append("</td><td>");
    if (Files.isRegularFile(summary.resolveSibling(RunReport.PAGE))) {
      String href = Html.escape(preset + "/" + RunReport.PAGE);
      cells.append("<a href=\"").append(href).append("\">").append(href).append("</a>");
    }
    return cells.append("</td>").toString();
  }

  /** Each strategy with at least one finished seed, with its values at the checkpoints. */
  private static List<StrategyResult> results(ExperimentSummary summary) {
    List<StrategyResult> results = new ArrayList<>();
    for (Map.Entry<Strategy, ExperimentSummary.StrategySummary> s :
        summary.strategies().entrySet()) {
      if (s.getValue().seeds() >= 1) {
        results.add(
            new StrategyResult(s.getKey().label(), s.getValue().seeds(), s.getValue().byEpoch()));
      }
    }
    return results;
  }
}
