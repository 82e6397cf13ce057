package org.learn2mix.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learn2mix.experiment.Protocol;
import org.learn2mix.report.published.PublishedTable;
import org.learn2mix.report.published.Reproduction;
import org.learn2mix.report.published.RunSettings;
import org.learn2mix.report.published.StrategyResult;
import org.learn2mix.report.runs.SummaryTable;
import org.learn2mix.results.ExperimentSummary;
import org.learn2mix.train.TrainingSettings;

/**
 * The published values under the console table of a comparison: one row per strategy with the
 * paper's value at each checkpoint and whether our mean lies within its mean ± std, and the
 * learn2mix − classical difference ours against the paper's. A run with other settings gets one
 * line saying it is not comparable; a run the paper does not have gets nothing.
 */
public final class ReproductionText {
  private ReproductionText() {}

  /**
   * The lines for a finished comparison, each ending in a line break; empty if there is nothing to
   * say.
   *
   * @param preset the preset's name
   * @param training the settings it ran with
   * @param summary its aggregate
   */
  public static String render(String preset, TrainingSettings training, ExperimentSummary summary) {
    return render(preset, Protocol.PAPER, training, summary);
  }

  /**
   * The lines for a finished comparison under {@code protocol}, each ending in a line break; empty
   * if there is nothing to say.
   *
   * @param preset the preset's name
   * @param protocol the protocol it ran under
   * @param training the settings it ran with
   * @param summary its aggregate
   */
  public static String render(
      String preset, Protocol protocol, TrainingSettings training, ExperimentSummary summary) {
    List<StrategyResult> ours = new ArrayList<>();
    summary
        .strategies()
        .forEach(
            (strategy, result) ->
                ours.add(new StrategyResult(strategy.label(), result.seeds(), result.byEpoch())));
    PublishedTable table = PublishedTable.builtIn();
    return render(
        Reproduction.of(
            preset,
            protocol,
            Optional.of(RunSettings.of(training)),
            summary.checkpoints(),
            ours,
            table),
        table);
  }

  /** The lines for {@code reproduction}, citing {@code table}'s source. */
  static String render(Reproduction reproduction, PublishedTable table) {
    switch (reproduction.kind()) {
      case NOT_IN_PAPER:
        return "";
      case NOT_COMPARABLE:
        return reproduction.reason() + "\n";
      default:
        break;
    }
    List<String> header = new ArrayList<>();
    header.add("published");
    for (int epoch : reproduction.checkpoints()) {
      header.add("epoch " + epoch);
    }
    List<List<String>> rows = new ArrayList<>();
    for (StrategyResult result : reproduction.ours()) {
      List<String> row = new ArrayList<>();
      row.add(result.strategy());
      for (int epoch : reproduction.checkpoints()) {
        row.add(
            reproduction.rows(epoch).stream()
                .filter(r -> r.strategy().equals(result.strategy()))
                .findFirst()
                .map(ReproductionText::cell)
                .orElse(""));
      }
      rows.add(row);
    }
    if (reproduction.difference(reproduction.checkpoints().get(0)).isPresent()) {
      List<String> row = new ArrayList<>();
      row.add(reproduction.differenceName());
      for (int epoch : reproduction.checkpoints()) {
        row.add(reproduction.difference(epoch).map(ReproductionText::difference).orElse(""));
      }
      rows.add(row);
    }
    String where =
        reproduction
            .published()
            .map(p -> ", " + p.table() + ", row \"" + p.row() + "\"")
            .orElse(" (no values held for " + reproduction.preset() + ")");
    return "the paper's values ("
        + table.citation()
        + where
        + "); in band: our mean within the paper's mean ± std\n"
        + (reproduction.baselineNote().isEmpty() ? "" : reproduction.baselineNote() + "\n")
        + SummaryTable.layout(header, rows);
  }

  private static String cell(Reproduction.Row row) {
    return row.paper()
        .map(p -> p.text() + "  " + row.verdict().label())
        .orElse(row.verdict().label());
  }

  private static String difference(Reproduction.Difference difference) {
    return "ours "
        + SummaryTable.format(difference.ours())
        + ", paper "
        + difference.paper().map(BigDecimal::toPlainString).orElse("not published here");
  }
}
