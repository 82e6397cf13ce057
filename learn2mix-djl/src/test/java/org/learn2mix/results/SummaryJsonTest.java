package org.learn2mix.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.batching.Strategy;
import org.learn2mix.mixing.AllocationRule;
import org.learn2mix.mixing.LossSignal;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.mixing.UpdateSchedule;
import org.learn2mix.train.EpochRecord;
import org.learn2mix.train.InitialWeights;
import org.learn2mix.train.TrainingSettings;

/** summary.json: its layout against a golden file, and every part read back as written. */
class SummaryJsonTest {
  @TempDir Path temp;

  private static final ExperimentPlan PLAN =
      new ExperimentPlan(
          "wine-quality",
          List.of(Strategy.LEARN2MIX, Strategy.CLASSICAL),
          List.of(7L, 8L),
          new TrainingSettings(
              1e-4,
              100,
              4,
              new MixingSettings(0.05, LossSignal.LAST_BATCH, UpdateSchedule.PER_BATCH),
              25),
          Path.of("/data/wine"));

  private static final TaskInfo TASK =
      new TaskInfo("regression", "test_mse", false, List.of("white", "red"), List.of(244, 799));

  private static final Provenance PROVENANCE =
      new Provenance(
          "0.1.0-SNAPSHOT",
          "abc123",
          "17.0.15",
          "Debian",
          "Linux 6.1",
          "amd64",
          2,
          "0.36.0",
          "PyTorch 2.7.1",
          "3",
          "gpu:0",
          "cu128",
          "12.8",
          "NVIDIA H200",
          Instant.parse("2026-01-01T00:00:00Z"),
          null,
          Double.NaN,
          List.of(new Provenance.DataFile("/data/wine/red.csv", "4a40", "content_sha256")));

  private static RunResult run(Strategy strategy, long seed, double... metrics) {
    List<EpochRecord> epochs = new ArrayList<>();
    for (int e = 0; e < metrics.length; e++) {
      double[] pair = {0.5, 0.5};
      epochs.add(new EpochRecord(e + 1, 1.0, metrics[e], pair, pair, pair, 0.25 * (seed + 1)));
    }
    return new RunResult(strategy, seed, epochs);
  }

  private static Summary summary(RunFailure failure) {
    List<RunResult> runs =
        List.of(
            run(Strategy.LEARN2MIX, 7, 40, 30, 20, 10),
            run(Strategy.LEARN2MIX, 8, 42, 34, 22, 12),
            run(Strategy.CLASSICAL, 7, 41, 35, 29, 23));
    return new Summary(PLAN, TASK, ExperimentSummary.of(runs, 4), false, PROVENANCE, failure);
  }

  @Test
  void writesTheGoldenLayout() throws IOException {
    Path file = temp.resolve(SummaryJson.FILE);
    SummaryJson.write(
        file, summary(new RunFailure(Strategy.CLASSICAL, 8, 2, "loss became NaN at epoch 3")));
    String golden;
    try (InputStream in = getClass().getResourceAsStream("summary.golden.json")) {
      golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertEquals(golden, Files.readString(file).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    Path file = temp.resolve(SummaryJson.FILE);
    Summary written = summary(null);
    SummaryJson.write(file, written);

    SummaryJson read = SummaryJson.read(file);
    assertEquals(PLAN, read.plan());
    assertEquals(TASK, read.task());
    assertEquals(written.results(), read.results());
    assertEquals(List.of(1, 2, 4), read.checkpoints());
    assertEquals(4, read.epochs());
    assertEquals(List.of(7L, 8L), read.seeds());
    assertFalse(read.complete());
    assertEquals(Optional.of(3), read.engineThreads());
    assertEquals(Optional.of("gpu:0"), read.device());
    assertEquals("NVIDIA H200", read.provenanceAsText().get("gpu_name"));
    assertEquals("25", read.settingsAsText().get("micro_batch"));
    assertEquals("learn2mix, classical", read.settingsAsText().get("strategies"));
    assertEquals("-", read.provenanceAsText().get("finished"));
    assertEquals("NaN", read.provenanceAsText().get("peak_rss_mb"));
  }

  @Test
  void wholeBatchesAndAnUnsetThreadCountReadBackAsSuch() throws Exception {
    ExperimentPlan whole =
        new ExperimentPlan(
            "mean-estimation",
            List.of(Strategy.FIXED_MIX),
            List.of(0L),
            new TrainingSettings(1e-3, 50, 2, MixingSettings.of(0.1)),
            null);
    Provenance unset =
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
            Instant.EPOCH,
            1.5,
            List.of());
    Path file = temp.resolve(SummaryJson.FILE);
    SummaryJson.write(
        file, new Summary(whole, TASK, ExperimentSummary.of(List.of(), 2), true, unset, null));

    SummaryJson read = SummaryJson.read(file);
    assertEquals(whole, read.plan());
    assertEquals(Optional.empty(), read.engineThreads());
    assertEquals(Optional.of("cpu"), read.device());
    assertFalse(read.provenanceAsText().containsKey("cuda_version"), "no CUDA on the CPU");
    assertFalse(read.provenanceAsText().containsKey("gpu_name"), "no GPU on the CPU");
    assertTrue(read.complete());
    assertEquals("-", read.settingsAsText().get("data_dir"));
  }

  @Test
  void aFileWrittenBeforeDevicesWereRecordedStillReadsWhole() throws Exception {
    Path file = temp.resolve(SummaryJson.FILE);
    SummaryJson.write(file, summary(null));
    String withoutDevice =
        Files.readString(file)
            .replaceAll("\\n\\s*\"(device|engine_flavour|cuda_version|gpu_name)\" : [^\\n]*", "");
    assertFalse(withoutDevice.contains("engine_flavour"), withoutDevice);
    Files.writeString(file, withoutDevice);

    SummaryJson read = SummaryJson.read(file);
    assertEquals(Optional.empty(), read.device());
    assertEquals(PLAN, read.plan());
    assertEquals(TASK, read.task());
    assertEquals(Optional.of(3), read.engineThreads());
    assertEquals("PyTorch 2.7.1", read.provenanceAsText().get("engine"));
    assertFalse(read.provenanceAsText().containsKey("device"));
  }

  @Test
  void aSettingThatIsMissingIsNamed() throws Exception {
    Path file = temp.resolve(SummaryJson.FILE);
    SummaryJson.write(file, summary(null));
    Files.writeString(file, Files.readString(file).replace("\"gamma\" : 0.05,", ""));

    SummaryException e = assertThrows(SummaryException.class, () -> SummaryJson.read(file).plan());
    assertTrue(e.getMessage().contains("summary.json has bad settings"), e.getMessage());
    assertTrue(e.getMessage().contains("gamma"), e.getMessage());
    // The parts that do not need the settings still read.
    assertEquals(TASK, SummaryJson.read(file).task());
  }

  @Test
  void aFileThatIsNotJsonIsNamedInOneLine() throws IOException {
    Path file = Files.writeString(temp.resolve(SummaryJson.FILE), "{\n  \"epochs\" : ,\n}");
    SummaryException e = assertThrows(SummaryException.class, () -> SummaryJson.read(file));
    assertTrue(e.getMessage().startsWith(file + " is not valid JSON"), e.getMessage());
    assertTrue(e.getMessage().endsWith("(line 2)"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void theVerdictAndOwnDataReadBackAsWrittenAndOnlyWhenThere() throws Exception {
    List<RunResult> runs =
        List.of(
            run(Strategy.LEARN2MIX, 7, 40, 30, 20, 10),
            run(Strategy.LEARN2MIX, 8, 42, 34, 22, 12),
            run(Strategy.CLASSICAL, 7, 41, 35, 29, 23),
            run(Strategy.CLASSICAL, 8, 41, 35, 29, 21));
    Verdict verdict = Verdict.of(runs, 4, false, TASK.classNames()).orElseThrow();
    OwnData own =
        new OwnData(
            "table",
            "/data/mine.csv",
            "4a402cf041b025d4566d954c3b9ba8635a3a8a01e039005d97d6a710278cf05e",
            java.util.Map.of(
                "label",
                List.of("quality"),
                "features",
                List.of("a, b", "c"),
                "ignore",
                List.of()));
    ExperimentPlan plan =
        new ExperimentPlan("mine", PLAN.strategies(), PLAN.seeds(), PLAN.training(), null, own);
    Path file = temp.resolve(SummaryJson.FILE);
    SummaryJson.write(
        file,
        new Summary(plan, TASK, ExperimentSummary.of(runs, 4), true, PROVENANCE, null, verdict));

    SummaryJson read = SummaryJson.read(file);
    assertEquals(plan, read.plan());
    assertEquals(Optional.of(verdict), read.verdict());
    assertEquals(-11, verdict.meanDifference(), 1e-12); // (10 − 23 + 12 − 21) / 2

    Path without = temp.resolve("without.json");
    SummaryJson.write(without, summary(null));
    assertEquals(Optional.empty(), SummaryJson.read(without).verdict());
    assertFalse(Files.readString(without).contains("verdict"));
    assertFalse(Files.readString(without).contains("own_data"));
  }

  @Test
  void aProtocolAndTheScriptsMechanismsReadBackAndAreWrittenOnlyWhereSet() throws Exception {
    ExperimentPlan scripted =
        new ExperimentPlan(
            "mnist-recon",
            List.of(Strategy.LEARN2MIX, Strategy.FIXED_MIX),
            List.of(0L),
            new TrainingSettings(
                5e-4,
                1000,
                2,
                new MixingSettings(
                    0.1,
                    LossSignal.LAST_BATCH,
                    UpdateSchedule.PER_EPOCH,
                    AllocationRule.TRUNCATION),
                0,
                0.01,
                new InitialWeights(0, 0.05)),
            null,
            null,
            "reference-code");
    Path file = temp.resolve(SummaryJson.FILE);
    SummaryJson.write(
        file,
        new Summary(scripted, TASK, ExperimentSummary.of(List.of(), 2), true, PROVENANCE, null));
    String text = Files.readString(file);
    assertTrue(text.contains("\"protocol\" : \"reference-code\""), text);
    assertTrue(text.contains("\"optimizer\" : \"adamw\""), text);
    SummaryJson read = SummaryJson.read(file);
    assertEquals(scripted, read.plan());
    assertEquals(Optional.of("reference-code"), read.protocol());

    Path plain = temp.resolve("plain.json");
    SummaryJson.write(plain, summary(null));
    String plainText = Files.readString(plain);
    for (String absent : List.of("protocol", "allocation", "weight_decay", "initial_weights")) {
      assertFalse(plainText.contains("\"" + absent + "\""), absent);
    }
    assertEquals(Optional.empty(), SummaryJson.read(plain).protocol());
    assertEquals(null, SummaryJson.read(plain).plan().protocol());
  }
}
