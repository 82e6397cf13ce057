package org.learn2mix.report;

import static org.learn2mix.report.Html.escape;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.learn2mix.report.charts.ChartStyle;
import org.learn2mix.report.published.PublishedTable;
import org.learn2mix.report.published.Reproduction;
import org.learn2mix.report.runs.EpochsToTarget;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.report.runs.StrategyRuns;

/**
 * {@code report.html}: one self-contained page (inline CSS, images as data URIs, no scripts, no
 * external resources) with the summary table, epochs to target, the charts, the settings and the
 * provenance of a comparison.
 */
final class ReportPage {
  /** The file name inside a run folder. */
  static final String FILE = "report.html";

  private static final String CSS =
      """
      body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222;
             max-width: 1000px; margin: 24px auto; padding: 0 16px; line-height: 1.4; }
      h1 { font-size: 1.6em; margin-bottom: 0.2em; }
      h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
      table { border-collapse: collapse; margin: 0.6em 0; }
      th, td { border: 1px solid #ccc; padding: 4px 10px; text-align: left; }
      thead th { background: #f0f0f0; }
      tbody th { background: #f7f7f7; font-weight: normal; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.best { font-weight: bold; }
      .note, .lead { color: #555; }
      .warning { background: #fff3cd; border: 1px solid #e0c36a; padding: 6px 10px; }
      figure { margin: 1em 0; }
      img { max-width: 100%; height: auto; border: 1px solid #ddd; }
      figcaption { color: #555; font-size: 0.95em; }
      footer { margin-top: 2em; color: #777; font-size: 0.9em; }
      """
          + ReproductionHtml.CSS
          + "\n";

  private ReportPage() {}

  /**
   * The page.
   *
   * @param run the results
   * @param target epochs to target, computed from {@code run}
   * @param convergence {@code convergence.png}'s bytes
   * @param alpha {@code alpha.png}'s bytes, or {@code null} if learn2mix did not run
   * @param perClass {@code per-class.png}'s bytes
   * @param version the learn2mix version writing the page
   */
  static String render(
      RunData run,
      EpochsToTarget target,
      byte[] convergence,
      byte[] alpha,
      byte[] perClass,
      String version) {
    RunInfo info = run.info();
    String preset = escape(info.preset());
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.append("<title>learn2mix report: ").append(preset).append("</title>\n");
    html.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    html.append("<h1>learn2mix report: ").append(preset).append("</h1>\n");
    html.append("<p class=\"lead\">")
        .append(escape(info.task()))
        .append("; test metric ")
        .append(escape(info.metric()))
        .append(" (")
        .append(info.direction())
        .append("); ")
        .append(run.epochs())
        .append(" epochs; strategies ")
        .append(escape(names(run)))
        .append(".</p>\n");
    if (!info.complete()) {
      html.append("<p class=\"warning\">This comparison had not finished when its summary was")
          .append(" written; the report covers the runs that had.</p>\n");
    }
    html.append(VerdictText.html(info));
    html.append("<h2>Summary</h2>\n").append(ReportTables.summary(run));
    PublishedTable published = PublishedTable.builtIn();
    html.append("<h2>Published values</h2>\n")
        .append(ReproductionHtml.body(Reproduction.of(run, published)))
        .append(ReproductionHtml.source(published));
    html.append("<h2>Epochs to target</h2>\n").append(ReportTables.epochsToTarget(run, target));
    html.append("<h2>Convergence</h2>\n");
    figure(html, convergence, info.metric() + " by epoch per strategy", "Test metric per epoch.");
    html.append("<h2>Mixing proportions</h2>\n");
    if (alpha != null) {
      figure(
          html,
          alpha,
          "learn2mix mixing proportions per class by epoch",
          "learn2mix's α per class after each epoch's update." + alphaStarNote(run));
    } else {
      html.append("<p class=\"note\">No chart of the mixing proportions: learn2mix was not among")
          .append(" the strategies, and the others do not adapt α.</p>\n");
    }
    html.append("<h2>Per class</h2>\n");
    figure(
        html,
        perClass,
        info.metric() + " per class at the last epoch",
        "Test metric of each class at epoch " + run.epochs() + ".");
    html.append("<h2>Settings</h2>\n").append(ReportTables.keyValues("settings", settings(info)));
    html.append("<h3>Classes</h3>\n").append(ReportTables.classes(info));
    html.append("<h2>Provenance</h2>\n")
        .append(ReportTables.keyValues("provenance", info.provenance()));
    html.append("<footer>Written by learn2mix ")
        .append(escape(version))
        .append(" from epochs.csv and summary.json.</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String names(RunData run) {
    return run.strategies().stream().map(StrategyRuns::name).collect(Collectors.joining(", "));
  }

  private static Map<String, String> settings(RunInfo info) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("preset", info.preset());
    settings.put("task", info.task());
    settings.put("metric", info.metric() + " (" + info.direction() + ")");
    settings.put(
        "seeds", info.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    settings.put("complete", String.valueOf(info.complete()));
    settings.putAll(info.settings());
    return settings;
  }

  /**
   * Where the preset knows α* (Proposition 2.3): what the dashed lines are, and α at the last epoch
   * beside α* per class; else nothing.
   */
  private static String alphaStarNote(RunData run) {
    RunInfo info = run.info();
    if (info.alphaStar().isEmpty() || run.strategy(RunData.LEARN2MIX).isEmpty()) {
      return "";
    }
    double[][] alpha = run.strategy(RunData.LEARN2MIX).get().meanAlpha();
    double[] last = alpha[alpha.length - 1];
    StringBuilder note =
        new StringBuilder(" Dashed: α* of Proposition 2.3. α at epoch ")
            .append(alpha.length)
            .append(" against α*:");
    for (int c = 0; c < info.classCount(); c++) {
      note.append(c == 0 ? " " : "; ")
          .append(info.classNames().get(c))
          .append(
              String.format(Locale.ROOT, " %.4f against %.4f", last[c], info.alphaStar().get(c)));
    }
    return note.append('.').toString();
  }

  private static void figure(StringBuilder html, byte[] png, String alt, String caption) {
    html.append("<figure><img src=\"data:image/png;base64,")
        .append(Base64.getEncoder().encodeToString(png))
        .append("\" width=\"")
        .append(ChartStyle.WIDTH)
        .append("\" height=\"")
        .append(ChartStyle.HEIGHT)
        .append("\" alt=\"")
        .append(escape(alt))
        .append("\">\n<figcaption>")
        .append(escape(caption))
        .append("</figcaption></figure>\n");
  }
}
