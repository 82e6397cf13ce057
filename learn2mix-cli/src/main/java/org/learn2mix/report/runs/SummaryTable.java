package org.learn2mix.report.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.learn2mix.batching.Strategy;
import org.learn2mix.results.ExperimentSummary;
import org.learn2mix.results.MeanStd;

/**
 * The console table at the end of a comparison: one row per strategy, the metric at each checkpoint
 * epoch as mean ± std over seeds (the mean alone for a strategy run with one seed), and seconds per
 * epoch. The best mean of each column is marked with {@code *}.
 */
public final class SummaryTable {
  private SummaryTable() {}

  /**
   * Renders the table.
   *
   * @param summary the aggregate
   * @param metric the metric's name for the heading
   * @param higherIsBetter which way is best
   */
  public static String render(ExperimentSummary summary, String metric, boolean higherIsBetter) {
    List<String> header = new ArrayList<>();
    header.add("strategy");
    for (int epoch : summary.checkpoints()) {
      header.add(metric + " @ epoch " + epoch);
    }
    header.add("s/epoch");
    header.add("seeds");

    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<Strategy, ExperimentSummary.StrategySummary> e :
        summary.strategies().entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(e.getKey().label());
      for (int epoch : summary.checkpoints()) {
        MeanStd value = e.getValue().byEpoch().get(epoch);
        boolean best = isBest(summary, epoch, value.mean(), higherIsBetter);
        row.add(meanStd(value, e.getValue().seeds()) + (best ? " *" : "  "));
      }
      row.add(String.format(Locale.ROOT, "%.3f", e.getValue().secondsPerEpoch()));
      row.add(String.valueOf(e.getValue().seeds()));
      rows.add(row);
    }
    return layout(header, rows);
  }

  private static boolean isBest(
      ExperimentSummary summary, int epoch, double mean, boolean higherIsBetter) {
    for (ExperimentSummary.StrategySummary other : summary.strategies().values()) {
      double m = other.byEpoch().get(epoch).mean();
      if (higherIsBetter ? m > mean : m < mean) {
        return false;
      }
    }
    return summary.strategies().size() > 1;
  }

  /**
   * Mean ± std over {@code seeds} seeds, each with {@link #format}; the mean alone for one seed,
   * which has no spread to show (its ± 0 would read as a measured zero).
   */
  public static String meanStd(MeanStd value, int seeds) {
    return seeds > 1 ? format(value.mean()) + " ± " + format(value.std()) : format(value.mean());
  }

  /** Four significant digits, without exponent for everyday magnitudes. */
  public static String format(double value) {
    double magnitude = Math.abs(value);
    if (value == 0) {
      return "0";
    }
    if (magnitude >= 1e-3 && magnitude < 1e6) {
      int decimals = Math.max(0, 3 - (int) Math.floor(Math.log10(magnitude)));
      return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
    return String.format(Locale.ROOT, "%.3e", value);
  }

  /**
   * Columns padded to their widest cell, a rule under the header, the first column left-aligned.
   */
  public static String layout(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = header.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendRow(out, header, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    appendRow(out, rule, widths);
    for (List<String> row : rows) {
      appendRow(out, row, widths);
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder out, List<String> cells, int[] widths) {
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String padded =
          c == 0
              ? cell + " ".repeat(widths[c] - cell.length())
              : " ".repeat(widths[c] - cell.length()) + cell;
      out.append(padded);
      out.append(c == cells.size() - 1 ? "\n" : "  ");
    }
  }
}
