package org.learn2mix.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.learn2mix.batching.Strategy;
import org.learn2mix.results.ExperimentSummary;
import org.learn2mix.results.MeanStd;
import org.learn2mix.results.SummaryException;
import org.learn2mix.results.SummaryJson;
import org.learn2mix.results.TaskInfo;

/**
 * {@code index.html} of a reproduction: one row per preset with its final metric per strategy (mean
 * ± std over seeds, read from its summary.json) and a link to its report, or why it failed.
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
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>learn2mix: published experiments</title><style>")
        .append("body{font-family:sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;")
        .append("text-align:left;vertical-align:top}.failed{color:#a00}</style></head><body>\n")
        .append("<h1>learn2mix: published experiments</h1>\n")
        .append("<p>Final test metric per strategy: mean &plusmn; std over seeds.</p>\n")
        .append("<table><tr><th>preset</th><th>metric</th><th>final metric by strategy</th>")
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
        html.append(row(preset, summary));
      }
      html.append("</tr>\n");
    }
    return html.append("</table>\n</body></html>\n").toString();
  }

  private static String row(String preset, Path summary) {
    int epochs;
    TaskInfo task;
    ExperimentSummary results;
    try {
      SummaryJson saved = SummaryJson.read(summary);
      epochs = saved.epochs();
      task = saved.task();
      results = saved.results();
    } catch (SummaryException e) {
      return "<td colspan=\"3\" class=\"failed\">unreadable summary.json</td>";
    }
    StringBuilder cells = new StringBuilder("<td>");
    cells
        .append(Html.escape(task.metric()))
        .append(task.higherIsBetter() ? " (higher is better)" : " (lower is better)")
        .append(" at epoch ")
        .append(epochs)
        .append("</td><td>");
    for (Map.Entry<Strategy, ExperimentSummary.StrategySummary> s :
        results.strategies().entrySet()) {
      MeanStd point = s.getValue().byEpoch().get(epochs);
      cells.append(Html.escape(s.getKey().label()));
      if (point != null) {
        cells.append(String.format(Locale.ROOT, ": %.4g &plusmn; %.2g", point.mean(), point.std()));
      }
      cells.append("<br>");
    }
    cells.append("</td><td>");
    if (Files.isRegularFile(summary.resolveSibling(RunReport.PAGE))) {
      String href = Html.escape(preset + "/" + RunReport.PAGE);
      cells.append("<a href=\"").append(href).append("\">").append(href).append("</a>");
    }
    return cells.append("</td>").toString();
  }
}
