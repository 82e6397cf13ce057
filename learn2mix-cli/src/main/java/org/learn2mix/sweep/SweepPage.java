package org.learn2mix.sweep;

import static org.learn2mix.report.Html.escape;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.learn2mix.batching.Strategy;
import org.learn2mix.report.RunReport;
import org.learn2mix.report.charts.ChartStyle;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.results.MeanStd;
import org.learn2mix.results.Provenance;

/**
 * {@code sweep.html}: one self-contained page with, per setting and strategy, the final metric
 * (mean ± std over seeds) and the epochs to target, the best setting of each strategy marked; the
 * sensitivity chart; the failed cells with their reasons; and links to each setting's report.
 */
final class SweepPage {
  private static final String CSS =
      """
      body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222;
             max-width: 1100px; margin: 24px auto; padding: 0 16px; line-height: 1.4; }
      h1 { font-size: 1.6em; margin-bottom: 0.2em; }
      h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 1px solid #ccc; }
      table { border-collapse: collapse; margin: 0.6em 0; }
      th, td { border: 1px solid #ccc; padding: 4px 10px; text-align: left; }
      thead th { background: #f0f0f0; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      td.best { font-weight: bold; background: #e8f4ea; }
      .note, .lead { color: #555; }
      .warning { background: #fff3cd; border: 1px solid #e0c36a; padding: 6px 10px; }
      .failed { color: #a00; }
      img { max-width: 100%; height: auto; border: 1px solid #ddd; }
      footer { margin-top: 2em; color: #777; font-size: 0.9em; }
      """;

  private SweepPage() {}

  static String render(SweepResults results, byte[] chart) {
    SweepPlan plan = results.plan();
    Optional<RunInfo> info = results.info();
    String title = "learn2mix sweep" + info.map(i -> ": " + escape(i.preset())).orElse("");
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>")
        .append(title)
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(title)
        .append("</h1>\n<p class=\"lead\">");
    if (info.isPresent()) {
      html.append("Test metric ")
          .append(escape(info.get().metric()))
          .append(" (")
          .append(info.get().direction())
          .append(") after ")
          .append(info.get().epochs())
          .append(" epochs; ");
    }
    html.append(plan.settings().size())
        .append(" settings (γ ")
        .append(join(plan.gammas()))
        .append("; batch size ")
        .append(plan.batchSizes().stream().map(String::valueOf).collect(Collectors.joining(", ")))
        .append("; learning rate ")
        .append(join(plan.learningRates()))
        .append("), strategies ")
        .append(escape(labels(plan.strategies())))
        .append(", seeds ")
        .append(plan.seeds().get(0))
        .append("–")
        .append(plan.seeds().get(plan.seeds().size() - 1))
        .append(": ")
        .append(plan.cells().size())
        .append(" trainings.</p>\n");
    if (!results.complete()) {
      html.append("<p class=\"warning\">")
          .append(results.failed().size())
          .append(" of ")
          .append(results.cells().size())
          .append(" cells failed; the values below cover the cells that finished.</p>\n");
    }
    best(html, results);
    html.append("<h2>Final metric and epochs to target by setting</h2>\n");
    table(html, results);
    html.append("<p class=\"note\">Final: mean ± population std over the seeds that finished, at")
        .append(" the last epoch. Epochs to target: the first epoch at which the strategy's mean")
        .append(" reaches the worst final mean among the strategies of that setting, as in the")
        .append(" setting's own report. Bold: the best setting of each strategy.");
    if (plan.strategies().stream().anyMatch(s -> !s.adapts()) && plan.gammas().size() > 1) {
      html.append(" † ")
          .append(escape(labels(plan.strategies().stream().filter(s -> !s.adapts()).toList())))
          .append(" do not use γ: they train once per batch size and learning rate, and the same")
          .append(" runs appear in the row of every γ (and as flat dashed lines in the chart).");
    }
    html.append("</p>\n");
    html.append("<h2>Sensitivity to γ</h2>\n");
    if (chart != null) {
      html.append("<figure><img src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(chart))
          .append("\" width=\"")
          .append(ChartStyle.WIDTH)
          .append("\" height=\"")
          .append(ChartStyle.HEIGHT)
          .append("\" alt=\"final metric against gamma\"></figure>\n");
    } else {
      html.append("<p class=\"note\">No chart: no strategy of this sweep uses γ.</p>\n");
    }
    failed(html, results);
    html.append("<footer>Written by learn2mix ")
        .append(escape(Provenance.version()))
        .append(" from the cells' and settings' folders; every cell's files are under cells/.")
        .append("</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void best(StringBuilder html, SweepResults results) {
    html.append("<ul>\n");
    for (Strategy strategy : results.plan().strategies()) {
      Optional<Setting> best = results.best(strategy);
      html.append("<li>").append(escape(strategy.label())).append(": ");
      if (best.isPresent()) {
        SweepResults.SettingResult s = results.of(best.get());
        html.append("best ")
            .append(meanStd(s.finalMetric(strategy).orElseThrow()))
            .append(" at ")
            .append(escape(describe(best.get(), strategy)));
      } else {
        html.append("no finished run");
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private static void table(StringBuilder html, SweepResults results) {
    SweepPlan plan = results.plan();
    html.append("<table>\n<thead><tr><th>γ</th><th>batch size</th><th>learning rate</th>");
    for (Strategy strategy : plan.strategies()) {
      String mark = !strategy.adapts() && plan.gammas().size() > 1 ? " †" : "";
      html.append("<th>")
          .append(escape(strategy.label()))
          .append(mark)
          .append(" final</th><th>")
          .append(escape(strategy.label()))
          .append(" epochs to target</th>");
    }
    html.append("<th>report</th></tr></thead>\n<tbody>\n");
    for (SweepResults.SettingResult s : results.settings()) {
      html.append("<tr><td class=\"num\">")
          .append(Setting.plain(s.setting().gamma()))
          .append("</td><td class=\"num\">")
          .append(s.setting().batchSize())
          .append("</td><td class=\"num\">")
          .append(Setting.plain(s.setting().learningRate()))
          .append("</td>");
      for (Strategy strategy : plan.strategies()) {
        boolean isBest = results.isBest(strategy, s.setting());
        html.append("<td class=\"num").append(isBest ? " best" : "").append("\">");
        Optional<MeanStd> m = s.finalMetric(strategy);
        html.append(m.map(SweepPage::meanStd).orElse("–"));
        if (m.isPresent() && s.seeds(strategy) < plan.seeds().size()) {
          html.append(" (").append(s.seeds(strategy)).append(" seeds)");
        }
        html.append("</td><td class=\"num\">")
            .append(s.epochsToTarget(strategy).map(String::valueOf).orElse("–"))
            .append("</td>");
      }
      html.append("<td>");
      if (s.run() != null) {
        String href = SweepFolder.SETTINGS + "/" + s.setting().id() + "/" + RunReport.PAGE;
        html.append("<a href=\"")
            .append(escape(href))
            .append("\">")
            .append(escape(s.setting().id()))
            .append("</a>");
      } else {
        html.append("no finished cell");
      }
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }

  private static void failed(StringBuilder html, SweepResults results) {
    List<SweepResults.CellResult> failed = results.failed();
    html.append("<h2>Cells</h2>\n<p>")
        .append(results.cells().size() - failed.size())
        .append(" of ")
        .append(results.cells().size())
        .append(" cells finished.");
    if (failed.isEmpty()) {
      html.append("</p>\n");
      return;
    }
    html.append(" These failed on every try and are left out of the values above:</p>\n<ul>\n");
    for (SweepResults.CellResult c : failed) {
      html.append("<li class=\"failed\"><a href=\"")
          .append(escape(SweepFolder.CELLS + "/" + c.cell().id()))
          .append("/\">")
          .append(escape(c.cell().id()))
          .append("</a>: ")
          .append(escape(c.failures().isEmpty() ? "?" : c.failures().get(c.failures().size() - 1)))
          .append("</li>\n");
    }
    html.append("</ul>\n");
  }

  /** How a setting reads for {@code strategy}: γ left out for a strategy that does not use it. */
  static String describe(Setting setting, Strategy strategy) {
    return (strategy.adapts() ? "γ " + Setting.plain(setting.gamma()) + ", " : "")
        + "batch size "
        + setting.batchSize()
        + ", learning rate "
        + Setting.plain(setting.learningRate());
  }

  static String meanStd(MeanStd m) {
    return String.format(Locale.ROOT, "%.4g ± %.2g", m.mean(), m.std());
  }

  private static String join(List<Double> values) {
    return values.stream().map(Setting::plain).collect(Collectors.joining(", "));
  }

  private static String labels(List<Strategy> strategies) {
    return strategies.stream().map(Strategy::label).collect(Collectors.joining(", "));
  }
}
