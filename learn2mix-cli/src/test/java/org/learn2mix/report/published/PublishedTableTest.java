package org.learn2mix.report.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learn2mix.batching.Strategy;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.Preset;
import org.learn2mix.experiment.Presets;
import org.learn2mix.results.ExperimentSummary;

/**
 * {@code published.json} against cells read by hand off the paper's Table 2 (arXiv:2412.16482), and
 * against the presets it belongs to.
 */
class PublishedTableTest {
  private final PublishedTable table = PublishedTable.builtIn();

  @ParameterizedTest(name = "{0} {2} at epoch {1}: {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mean-estimation     | 125  | learn2mix | 1.81 ± 0.84",
        "mean-estimation     | 125  | classical | 6.51 ± 1.52",
        "mean-estimation     | 250  | classical | 1.52 ± 0.27",
        "mean-estimation     | 500  | learn2mix | 1.07 ± 0.09",
        "mean-estimation     | 500  | classical | 1.17 ± 0.06",
        "wine-quality        | 150  | classical | 9.72 ± 1.94",
        "california-housing  | 1200 | classical | 0.99 ± 0.10",
        "mnist-recon         | 20   | classical | 14.0 ± 0.52",
        "fashion-mnist-recon | 18   | learn2mix | 89.3 ± 2.63",
        "cifar10-recon       | 110  | learn2mix | 144 ± 1.71"
      })
  void holdsTheHandCheckedCellsWithThePapersDigits(
      String preset, int epoch, String strategy, String printed) {
    PublishedExperiment experiment = table.experiment(preset).orElseThrow();
    assertEquals(printed, experiment.at(epoch, strategy).orElseThrow().text());
  }

  @Test
  void citesThePaperAndSaysWhatIsNotEntered() {
    assertTrue(
        table.source().contains("Learn2Mix: Training Neural Networks Using Adaptive Data"),
        table.source());
    assertTrue(table.source().contains("arXiv:2412.16482"), table.source());
    assertTrue(table.source().contains("Table 2"), table.source());
    assertTrue(table.notEntered().contains("Table 1"), table.notEntered());
  }

  @Test
  void everyRowBelongsToAPresetOfTheSameLengthAndFallsOnItsCheckpoints() {
    for (PublishedExperiment experiment : table.experiments()) {
      Preset preset = Presets.find(experiment.preset());
      assertEquals(preset.epochs(), experiment.epochs(), experiment.preset());
      List<Integer> checkpoints = ExperimentSummary.checkpoints(preset.epochs());
      List<String> strategies =
          ExperimentSettings.strategiesFor(preset.task()).stream().map(Strategy::label).toList();
      for (PublishedExperiment.Cell cell : experiment.cells()) {
        assertTrue(
            checkpoints.contains(cell.epoch(experiment.epochs())),
            experiment.preset() + ": " + cell + " is not at a checkpoint " + checkpoints);
        assertTrue(strategies.contains(cell.strategy()), experiment.preset() + ": " + cell);
      }
    }
  }

  @Test
  void aCellTheFileDoesNotListIsNotPublishedHere() {
    PublishedExperiment mean = table.experiment("mean-estimation").orElseThrow();
    assertFalse(mean.at(125, "fixed-mix").isPresent());
    assertFalse(mean.at(124, "learn2mix").isPresent());
    assertFalse(table.experiment("no-such-preset").isPresent());
  }

  @Test
  void theBandIncludesItsEnds() {
    PublishedValue value = new PublishedValue(new BigDecimal("1.81"), new BigDecimal("0.84"));
    assertTrue(value.contains(0.97));
    assertTrue(value.contains(2.65));
    assertFalse(value.contains(2.6501));
    assertFalse(value.contains(0.9699));
  }

  @Test
  void rejectsACellTwiceAndAColumnOutsideTheRun() {
    PublishedExperiment.Cell cell =
        new PublishedExperiment.Cell(0.5, "learn2mix", BigDecimal.ONE, BigDecimal.ONE);
    assertThrows(
        IllegalArgumentException.class,
        () -> new PublishedExperiment("p", "Table 2", "row", 10, List.of(cell, cell)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PublishedExperiment.Cell(1.5, "learn2mix", BigDecimal.ONE, BigDecimal.ONE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new PublishedValue(BigDecimal.ONE, new BigDecimal("-0.1")));
  }
}
