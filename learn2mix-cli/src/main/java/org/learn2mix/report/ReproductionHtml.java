package org.learn2mix.report;

import static org.learn2mix.report.Html.escape;

import java.math.BigDecimal;
import java.util.Optional;
import org.learn2mix.report.published.PublishedTable;
import org.learn2mix.report.published.Reproduction;
import org.learn2mix.report.runs.SummaryTable;

/**
 * A {@link Reproduction} as HTML fragments, shared by {@code report.html} and the reproduction's
 * {@code index.html}: one row per checkpoint epoch and strategy with our value, the paper's and
 * whether ours lies within the paper's mean ± std, then the learn2mix − baseline difference ours
 * against the paper's.
 */
final class ReproductionHtml {
  /** The style of the classes the fragments use. */
  static final String CSS =
      "table.published td { white-space: nowrap; } td.in { color: #1a7f37; }"
          + " td.out { color: #b42318; } td.none { color: #777; }"
          + " tr.difference td { font-style: italic; }";

  private ReproductionHtml() {}

  /** Where the values come from, and what of the paper is not entered. */
  static String source(PublishedTable table) {
    return "<p class=\"note\">Paper: "
        + escape(table.source())
        + " In band: our mean lies within the paper's mean ± std. Not published here: the paper"
        + " has no such value (it has no fixed-mix), or this project does not hold it. "
        + escape(table.notEntered())
        + "</p>\n";
  }

  /** The comparison table, or the one sentence saying why the run is not compared. */
  static String body(Reproduction reproduction) {
    return switch (reproduction.kind()) {
      case COMPARABLE ->
          (reproduction.baselineNote().isEmpty()
                  ? ""
                  : "<p class=\"note\">" + escape(reproduction.baselineNote()) + "</p>\n")
              + table(reproduction);
      case NOT_COMPARABLE -> "<p class=\"warning\">" + escape(reproduction.reason()) + "</p>\n";
      case NOT_IN_PAPER -> "<p class=\"note\">" + escape(reproduction.reason()) + "</p>\n";
    };
  }

  /** Our values alone, by checkpoint epoch and strategy. */
  static String ours(Reproduction reproduction) {
    StringBuilder html = new StringBuilder("<table class=\"published\">\n<thead><tr>");
    html.append("<th>epoch</th><th>strategy</th><th>ours</th></tr></thead>\n<tbody>\n");
    for (int epoch : reproduction.checkpoints()) {
      for (Reproduction.Row row : reproduction.rows(epoch)) {
        html.append("<tr><td class=\"num\">").append(epoch).append("</td><td>");
        html.append(escape(row.strategy())).append("</td><td class=\"num\">");
        html.append(escape(row.ours())).append("</td></tr>\n");
      }
    }
    return html.append("</tbody>\n</table>\n").toString();
  }

  private static String table(Reproduction reproduction) {
    StringBuilder html = new StringBuilder("<table class=\"published\">\n<thead><tr>");
    html.append("<th>epoch</th><th>strategy</th><th>ours</th><th>paper</th>")
        .append("<th>ours within the paper's mean ± std</th></tr></thead>\n<tbody>\n");
    for (int epoch : reproduction.checkpoints()) {
      for (Reproduction.Row row : reproduction.rows(epoch)) {
        html.append("<tr><td class=\"num\">").append(epoch).append("</td><td>");
        html.append(escape(row.strategy())).append("</td><td class=\"num\">");
        html.append(escape(row.ours())).append("</td>");
        if (row.paper().isPresent()) {
          html.append("<td class=\"num\">").append(escape(row.paper().get().text()));
          html.append("</td><td class=\"");
          html.append(row.verdict() == Reproduction.Verdict.IN_BAND ? "in" : "out");
          html.append("\">").append(row.verdict().label()).append("</td>");
        } else {
          html.append("<td class=\"none\">").append(row.verdict().label());
          html.append("</td><td class=\"none\">–</td>");
        }
        html.append("</tr>\n");
      }
      Optional<Reproduction.Difference> difference = reproduction.difference(epoch);
      if (difference.isPresent()) {
        html.append("<tr class=\"difference\"><td class=\"num\">").append(epoch);
        html.append("</td><td>").append(escape(reproduction.differenceName()));
        html.append("</td><td class=\"num\">");
        html.append(SummaryTable.format(difference.get().ours())).append("</td>");
        Optional<BigDecimal> paper = difference.get().paper();
        html.append(
            paper.isPresent()
                ? "<td class=\"num\">" + paper.get().toPlainString() + "</td>"
                : "<td class=\"none\">" + Reproduction.Verdict.NOT_PUBLISHED.label() + "</td>");
        html.append("<td class=\"none\">–</td></tr>\n");
      }
    }
    return html.append("</tbody>\n</table>\n").toString();
  }
}
