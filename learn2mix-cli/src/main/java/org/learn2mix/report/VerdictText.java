package org.learn2mix.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.learn2mix.batching.Strategy;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.report.runs.SummaryTable;
import org.learn2mix.results.RunResult;
import org.learn2mix.results.TaskInfo;
import org.learn2mix.results.Verdict;

/**
 * The verdict in words, the same on the console and at the top of the report: what learn2mix
 * changes in the final metric and how sure that is, how soon it reaches classical's final metric,
 * and how the worst class fares under each strategy.
 */
public final class VerdictText {
  private VerdictText() {}

  /**
   * A heading line.
   *
   * @param verdict the verdict
   * @return e.g. {@code learn2mix against classical, paired by seed (5 seeds)}
   */
  public static String heading(Verdict verdict) {
    int n = verdict.pairedSeeds();
    return verdict.strategy().label()
        + " against "
        + verdict.baseline().label()
        + ", paired by seed ("
        + n
        + (n == 1 ? " seed)" : " seeds)");
  }

  /**
   * The findings, one line each: difference, reach, worst class (where there is one).
   *
   * @param verdict the verdict
   * @param metric the test metric's name
   * @param higherIsBetter whether a larger metric is better
   * @return the lines
   */
  public static List<String> findings(Verdict verdict, String metric, boolean higherIsBetter) {
    String a = verdict.strategy().label();
    String b = verdict.baseline().label();
    List<String> lines = new ArrayList<>();
    StringBuilder difference =
        new StringBuilder()
            .append(metric)
            .append(" at epoch ")
            .append(verdict.epoch())
            .append(": ")
            .append(a)
            .append(" - ")
            .append(b)
            .append(" = ")
            .append(signed(verdict.meanDifference()));
    if (verdict.interval() == null) {
      difference.append(" (one seed: no interval; more seeds give one)");
    } else {
      difference
          .append(", 95% interval ")
          .append(signed(verdict.interval().low()))
          .append(" to ")
          .append(signed(verdict.interval().high()))
          .append(": ")
          .append(
              switch (verdict.outcome(higherIsBetter)) {
                case STRATEGY_BETTER -> a + " is better";
                case BASELINE_BETTER -> b + " is better";
                default -> "no clear difference";
              });
    }
    lines.add(difference.toString());
    String target = b + "'s final " + SummaryTable.format(verdict.baselineFinal());
    if (verdict.reach() == null) {
      lines.add(a + " does not reach " + target + " within " + verdict.epoch() + " epochs");
    } else {
      lines.add(
          String.format(
              Locale.ROOT,
              "%s reaches %s at epoch %d of %d, after %s s of training (%s: %s s for all %d)",
              a,
              target,
              verdict.reach().epoch(),
              verdict.epoch(),
              seconds(verdict.reach().seconds()),
              b,
              seconds(verdict.baselineSeconds()),
              verdict.epoch()));
    }
    Verdict.WorstClass worst = verdict.worstClass();
    if (worst != null) {
      List<String> values = new ArrayList<>();
      for (Map.Entry<Strategy, Double> e : worst.values().entrySet()) {
        values.add(
            e.getKey().label()
                + " "
                + (Double.isNaN(e.getValue()) ? "-" : SummaryTable.format(e.getValue())));
      }
      lines.add(
          "worst class under "
              + b
              + ": "
              + worst.name()
              + " ("
              + metric
              + " of its test examples): "
              + String.join(", ", values));
    }
    return lines;
  }

  /**
   * The heading and the findings, indented, one per line, for the console.
   *
   * @param verdict the verdict
   * @param metric the test metric's name
   * @param higherIsBetter whether a larger metric is better
   * @return the text, ending in a line break
   */
  public static String console(Verdict verdict, String metric, boolean higherIsBetter) {
    StringBuilder out = new StringBuilder("verdict: ").append(heading(verdict)).append('\n');
    for (String line : findings(verdict, metric, higherIsBetter)) {
      out.append("  ").append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * The verdict on {@code runs} for the console, or nothing unless learn2mix and classical both
   * finished a seed.
   *
   * @param runs the finished runs
   * @param epochs E
   * @param task the task's metric and classes
   * @return the text, empty or ending in a line break
   */
  public static String console(List<RunResult> runs, int epochs, TaskInfo task) {
    return Verdict.of(runs, epochs, task.higherIsBetter(), task.classNames())
        .map(v -> console(v, task.metric(), task.higherIsBetter()))
        .orElse("");
  }

  /**
   * The verdict as the top section of the report page, or nothing where the summary has none.
   *
   * @param info what the summary says
   * @return HTML
   */
  static String html(RunInfo info) {
    Verdict verdict = info.verdict();
    if (verdict == null) {
      return "";
    }
    StringBuilder html =
        new StringBuilder("<h2>Verdict</h2>\n<p class=\"verdict\">")
            .append(Html.escape(heading(verdict)))
            .append("</p>\n<ul class=\"verdict\">\n");
    for (String line : findings(verdict, info.metric(), info.higherIsBetter())) {
      html.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    return html.append("</ul>\n").toString();
  }

  private static String signed(double value) {
    String text = SummaryTable.format(value);
    return value > 0 ? "+" + text : text;
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
  }
}
