package org.learn2mix.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.batching.Strategy;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.train.TrainingSettings;

/**
 * α* of Proposition 2.3 in summary.json: {@code classes.alpha_star} is written only for a task that
 * knows it, and read back as written.
 */
class AlphaStarSummaryTest {
  @TempDir Path temp;

  private static final List<String> CLASSES = List.of("sigma=0.5", "sigma=1", "sigma=2");
  private static final List<Double> ALPHA_STAR = List.of(0.25 / 5.25, 1 / 5.25, 4 / 5.25);

  private Path write(TaskInfo task) throws Exception {
    ExperimentPlan plan =
        new ExperimentPlan(
            "theory",
            List.of(Strategy.LEARN2MIX),
            List.of(0L),
            new TrainingSettings(0.05, 10, 2, MixingSettings.of(0.3)),
            null);
    Provenance provenance =
        new Provenance(
            "development",
            "unknown",
            "17",
            "x",
            "y",
            "z",
            1,
            "0.36.0",
            "PyTorch",
            Provenance.DEFAULT_THREADS,
            "cpu",
            "cpu",
            null,
            null,
            Instant.EPOCH,
            null,
            1.5,
            List.of());
    Path file = temp.resolve(SummaryJson.FILE);
    SummaryJson.write(
        file, new Summary(plan, task, ExperimentSummary.of(List.of(), 2), false, provenance, null));
    return file;
  }

  @Test
  void aTaskThatKnowsAlphaStarWritesItBesideTheClassesAndReadsItBack() throws Exception {
    TaskInfo task =
        new TaskInfo("regression", "test_mse", false, CLASSES, List.of(8, 8, 4), ALPHA_STAR);
    Path file = write(task);
    assertTrue(Files.readString(file).contains("\"alpha_star\" : [ "), Files.readString(file));
    assertEquals(task, SummaryJson.read(file).task());
    assertEquals(ALPHA_STAR, SummaryJson.read(file).task().alphaStar());
  }

  @Test
  void aTaskThatDoesNotKnowItWritesNoField() throws Exception {
    TaskInfo task = new TaskInfo("regression", "test_mse", false, CLASSES, List.of(8, 8, 4));
    Path file = write(task);
    assertFalse(Files.readString(file).contains("alpha_star"));
    assertEquals(List.of(), SummaryJson.read(file).task().alphaStar());
  }

  @Test
  void anAlphaStarThatIsNotOneSharePerClassIsNamed() throws Exception {
    Path file =
        write(new TaskInfo("regression", "test_mse", false, CLASSES, List.of(8, 8, 4), ALPHA_STAR));
    Files.writeString(
        file,
        Files.readString(file)
            .replaceAll("\"alpha_star\" : \\[[^]]*]", "\"alpha_star\" : [ 0.5, \"x\", 0.5 ]"));
    SummaryException e = assertThrows(SummaryException.class, () -> SummaryJson.read(file).task());
    assertTrue(
        e.getMessage()
            .startsWith("summary.json: \"classes\".\"alpha_star\" must hold one share in [0, 1]"),
        e.getMessage());
  }

  @Test
  void taskInfoRefusesAnAlphaStarOfTheWrongLength() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TaskInfo("regression", "m", false, CLASSES, List.of(), List.of(0.5, 0.5)));
    assertEquals("2 shares of alpha* for 3 classes", e.getMessage());
  }
}
