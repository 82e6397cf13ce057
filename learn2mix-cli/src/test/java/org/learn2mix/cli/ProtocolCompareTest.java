package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.Protocol;
import org.learn2mix.experiment.SavedSettings;
import org.learn2mix.mixing.AllocationRule;

/**
 * compare --protocol end to end: recorded in summary.json, named on the console, kept on resume.
 */
@Tag("engine")
class ProtocolCompareTest {
  @TempDir Path temp;

  private static JsonNode summary(Path dir) throws Exception {
    return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
  }

  @Test
  void referenceCodeIsRecordedNamedAndKeptOnResume() throws Exception {
    Path dir = temp.resolve("scripts");
    CliRun run =
        CliRun.of(
            "compare",
            "--protocol",
            "reference-code",
            "--epochs",
            "3",
            "--seeds",
            "1",
            "--out",
            dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("protocol: reference-code (the authors' script: "), run.out());
    JsonNode json = summary(dir);
    assertEquals("reference-code", json.path("protocol").asText());
    assertEquals("truncation", json.path("settings").path("allocation").asText());
    assertEquals("last-batch", json.path("settings").path("signal").asText());

    ExperimentSettings saved = SavedSettings.read(dir);
    assertEquals(Protocol.REFERENCE_CODE, saved.protocol());
    assertEquals(AllocationRule.TRUNCATION, saved.training().mixing().allocation());
    CliRun resumed = CliRun.of("compare", "--resume", dir.toString());
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.out().contains("protocol: reference-code"), resumed.out());
    assertEquals("reference-code", summary(dir).path("protocol").asText());
  }

  @Test
  void paperIsTheDefaultAndAnOlderSummaryWithoutProtocolResumesAsPaper() throws Exception {
    Path dir = temp.resolve("paper");
    CliRun run = CliRun.of("compare", "--epochs", "2", "--seeds", "1", "--out", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("protocol: paper"), run.out());
    assertEquals("paper", summary(dir).path("protocol").asText());
    assertTrue(summary(dir).path("settings").path("allocation").isMissingNode());

    Path file = dir.resolve("summary.json");
    String older = java.nio.file.Files.readString(file).replace("\"protocol\" : \"paper\",", "");
    java.nio.file.Files.writeString(file, older);
    assertEquals(Protocol.PAPER, SavedSettings.read(dir).protocol());
  }

  @Test
  void protocolIsRefusedBesideResume() {
    CliRun run = CliRun.of("compare", "--resume", temp.toString(), "--protocol", "reference-code");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--protocol"), run.err());
  }
}
