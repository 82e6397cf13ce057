package org.learn2mix.report.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.results.ExperimentSummary;
import org.learn2mix.results.MeanStd;

class SummaryTableTest {
  @Test
  void formatsFourSignificantDigits() {
    assertEquals("1.623", SummaryTable.format(1.62345));
    assertEquals("98.12", SummaryTable.format(98.1234));
    assertEquals("1224", SummaryTable.format(1224.49));
    assertEquals("0.05390", SummaryTable.format(0.0539));
    assertEquals("0", SummaryTable.format(0));
    assertEquals("1.500e-05", SummaryTable.format(1.5e-5));
  }

  @Test
  void marksTheBestMeanPerColumnByTheMetricsDirection() {
    Map<Strategy, ExperimentSummary.StrategySummary> strategies = new LinkedHashMap<>();
    strategies.put(
        Strategy.LEARN2MIX,
        new ExperimentSummary.StrategySummary(
            Map.of(1, new MeanStd(1.0, 0.1), 2, new MeanStd(3.0, 0.1)), 0.25, 5));
    strategies.put(
        Strategy.CLASSICAL,
        new ExperimentSummary.StrategySummary(
            Map.of(1, new MeanStd(2.0, 0.1), 2, new MeanStd(2.0, 0.1)), 0.25, 5));
    ExperimentSummary summary = new ExperimentSummary(List.of(1, 2), strategies);

    String lowerBetter = SummaryTable.render(summary, "test_mse", false);
    String[] rows = lowerBetter.split("\n");
    assertTrue(rows[0].contains("test_mse @ epoch 1"), lowerBetter);
    assertTrue(
        rows[2].startsWith("learn2mix") && rows[2].contains("1.000 ± 0.1000 *"), lowerBetter);
    assertTrue(
        rows[3].startsWith("classical") && rows[3].contains("2.000 ± 0.1000 *"), lowerBetter);

    String higherBetter = SummaryTable.render(summary, "test_accuracy", true);
    assertTrue(higherBetter.split("\n")[2].contains("3.000 ± 0.1000 *"), higherBetter);
    assertTrue(higherBetter.split("\n")[3].contains("2.000 ± 0.1000 *"), higherBetter);
  }

  @Test
  void oneSeedShowsTheMeanWithoutASpread() {
    Map<Strategy, ExperimentSummary.StrategySummary> strategies = new LinkedHashMap<>();
    strategies.put(
        Strategy.LEARN2MIX,
        new ExperimentSummary.StrategySummary(Map.of(2, new MeanStd(64.87, 0)), 7.9, 1));
    strategies.put(
        Strategy.CLASSICAL,
        new ExperimentSummary.StrategySummary(Map.of(2, new MeanStd(62.45, 0)), 7.9, 1));

    String table =
        SummaryTable.render(new ExperimentSummary(List.of(2), strategies), "test_accuracy", true);

    assertTrue(table.split("\n")[2].contains("64.87 *"), table);
    assertTrue(table.split("\n")[3].contains("62.45  "), table);
    assertFalse(table.contains("±"), table);
  }
}
