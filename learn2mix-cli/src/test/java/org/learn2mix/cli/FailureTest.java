package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.published.MeanEstimation;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.Presets;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.results.RunResult;
import org.learn2mix.train.EpochRecord;
import org.learn2mix.train.TrainingSettings;

/** A run that fails keeps everything finished before it. */
@Tag("engine")
class FailureTest {
  @Test
  void aLossThatBlowsUpExitsWithOneAndOneLineNamingWhere(@TempDir Path temp) throws Exception {
    Path out = temp.resolve("nan");
    CliRun run =
        CliRun.of(
            "compare", "--lr", "1e30", "--epochs", "3", "--seeds", "1", "--out", out.toString());
    assertEquals(1, run.exitCode(), run.err());
    String[] lines = run.err().strip().split("\n");
    assertEquals(1, lines.length, run.err());
    assertTrue(
        lines[0].matches(
            "learn2mix: training loss became .* in strategy learn2mix, seed 0, epoch 1, batch \\d+;.*"),
        lines[0]);
    assertFalse(run.err().contains("Exception"), run.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("learn2mix", summary.at("/failed/strategy").asText());
    assertFalse(summary.get("complete").asBoolean());
  }

  private static EpochRecord epoch(int e) {
    return new EpochRecord(
        e,
        1.0 / e,
        10.0 / e,
        new double[4],
        new double[4],
        new double[] {0.25, 0.25, 0.25, 0.25},
        0.1);
  }

  @Test
  void theFailedRunsCompletedEpochsAndEveryFinishedRunStaySaved(@TempDir Path dir)
      throws Exception {
    ExperimentSettings settings =
        new ExperimentSettings(
            Presets.find("mean-estimation"),
            List.of(Strategy.LEARN2MIX, Strategy.CLASSICAL),
            List.of(0L),
            new TrainingSettings(1e-3, 500, 3, MixingSettings.of(0.1)),
            null);
    ResultsSaver saver = new ResultsSaver(dir, settings, Instant.now(), false);
    saver.dataReady(0, MeanEstimation.generate(0));
    RunResult done = new RunResult(Strategy.LEARN2MIX, 0, List.of(epoch(1), epoch(2), epoch(3)));
    saver.runFinished(done, List.of(done));
    RunResult partial = new RunResult(Strategy.CLASSICAL, 0, List.of(epoch(1), epoch(2)));
    saver.runFailed(partial, List.of(done), new IllegalStateException("loss became NaN"));

    List<String> rows = Files.readAllLines(dir.resolve("epochs.csv"));
    assertEquals(1 + 3 + 2, rows.size());
    assertTrue(rows.get(5).startsWith("classical,0,2,"), rows.get(5));
    JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
    assertEquals("classical", summary.at("/failed/strategy").asText());
    assertEquals(2, summary.at("/failed/epochs_completed").asInt());
    assertEquals("loss became NaN", summary.at("/failed/error").asText());
    assertEquals(10.0 / 3, summary.at("/strategies/learn2mix/by_epoch/3/mean").asDouble(), 1e-12);
    assertTrue(
        summary.at("/strategies/classical").isMissingNode(), "partial runs are not aggregated");
  }
}
