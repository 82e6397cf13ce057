package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short comparison on the built-in preset, end to end through the command line. */
@Tag("engine")
class CompareCommandTest {
  private static final List<String> STRATEGIES = List.of("learn2mix", "classical", "fixed-mix");
  @TempDir static Path temp;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void compare() {
    out = temp.resolve("run");
    run = compare(out);
  }

  /** Six epochs of two seeds from seed 3 at lr 1e-3, with {@code more} options. */
  private static CliRun compare(Path folder, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--epochs",
                "6",
                "--seeds",
                "2",
                "--seed",
                "3",
                "--lr",
                "1e-3",
                "--out",
                folder.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void succeedsAndPrintsTheTableWithEveryStrategy() {
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("test_mse @ epoch 2"), run.out());
    assertTrue(run.out().contains("test_mse @ epoch 3"), run.out());
    assertTrue(run.out().contains("test_mse @ epoch 6"), run.out());
    for (String strategy : STRATEGIES) {
      assertTrue(run.out().contains("\n" + strategy + " "), "no row for " + strategy);
    }
    assertTrue(run.out().contains("training mix: normal 1000 (0.333)"), run.out());
  }

  @Test
  void epochsCsvHasOneRowPerStrategySeedAndEpoch() throws Exception {
    List<String> lines = Files.readAllLines(out.resolve("epochs.csv"));
    String header = lines.get(0);
    assertTrue(
        header.startsWith("strategy,seed,epoch,train_loss,test_metric,seconds,alpha_1,alpha_2"),
        header);
    assertTrue(header.contains("alpha_4"), header);
    assertEquals(1 + 3 * 2 * 6, lines.size());
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertTrue(STRATEGIES.contains(cells[0]), line);
      assertTrue(cells[1].equals("3") || cells[1].equals("4"), line);
      double alphaSum = 0;
      for (int c = 6; c < 10; c++) {
        alphaSum += Double.parseDouble(cells[c]);
      }
      assertEquals(1.0, alphaSum, 1e-9, line);
    }
  }

  @Test
  void summaryAggregatesTheCsvAtTheCheckpoints() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("mean-estimation", summary.get("preset").asText());
    assertEquals("test_mse", summary.get("metric").asText());
    assertEquals(false, summary.get("higher_is_better").asBoolean());
    assertEquals(6, summary.get("epochs").asInt());
    assertEquals(2, summary.get("seeds").size());
    assertTrue(summary.get("complete").asBoolean());
    assertEquals(1e-3, summary.at("/settings/learning_rate").asDouble());
    assertEquals(0.01, summary.at("/settings/gamma").asDouble());

    List<String> lines = Files.readAllLines(out.resolve("epochs.csv"));
    for (String strategy : STRATEGIES) {
      JsonNode node = summary.at("/strategies/" + strategy);
      assertTrue(node.get("seconds_per_epoch").asDouble() > 0);
      for (String epoch : List.of("2", "3", "6")) {
        List<Double> values = new ArrayList<>();
        for (String line : lines) {
          String[] cells = line.split(",");
          if (cells[0].equals(strategy) && cells[2].equals(epoch)) {
            values.add(Double.parseDouble(cells[4]));
          }
        }
        assertEquals(2, values.size());
        double mean = (values.get(0) + values.get(1)) / 2;
        double std = Math.abs(values.get(0) - values.get(1)) / 2; // population std of two values
        JsonNode point = node.at("/by_epoch/" + epoch);
        assertEquals(mean, point.get("mean").asDouble(), 1e-9 * Math.abs(mean));
        assertEquals(std, point.get("std").asDouble(), 1e-9 * Math.abs(mean));
      }
    }
  }

  @Test
  void writesTheReportAfterTheResults() throws Exception {
    assertTrue(
        run.out().strip().endsWith("report: " + out.resolve("report.html").toAbsolutePath()),
        run.out());
    for (String file : List.of("convergence.png", "alpha.png", "per-class.png")) {
      assertTrue(Files.size(out.resolve(file)) > 1000, file);
    }
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<title>learn2mix report: mean-estimation</title>"));
    assertTrue(html.contains("<th>test_mse @ epoch 6</th>"), "no summary table");
    assertTrue(html.contains("<td>chi-squared</td>"), "no classes");
  }

  @Test
  void aRunWithOtherSettingsThanThePublishedOnesDeclinesToCompare() throws Exception {
    String line =
        "Not comparable with the paper: this run's settings differ from the published ones:"
            + " learning rate 0.001 (published 0.00005), epochs 6 (published 500).";
    assertTrue(run.out().contains("\n" + line + "\nresults: "), run.out());
    assertTrue(!run.out().contains("1.81 ± 0.84"), "no published values beside these numbers");
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<p class=\"warning\">" + line.replace("'", "&#39;")), html);
    assertTrue(!html.contains("1.81 ± 0.84"), "no published values beside these numbers");
  }

  @Test
  void aReportThatCannotBeWrittenKeepsTheResultsAndExitsWithOne() throws Exception {
    Path dir = temp.resolve("report-fails");
    // A non-empty folder where report.html belongs: the report's last rename must fail.
    Files.createDirectories(dir.resolve("report.html"));
    Files.writeString(dir.resolve("report.html").resolve("keep"), "x");
    CliRun failed =
        CliRun.of(
            "compare",
            "--epochs",
            "1",
            "--seeds",
            "1",
            "--strategies",
            "classical",
            "--out",
            dir.toString());
    assertEquals(1, failed.exitCode(), failed.err());
    String[] lines = failed.err().strip().split("\n");
    assertEquals(1, lines.length, failed.err());
    assertTrue(lines[0].startsWith("learn2mix: cannot write the report ("), lines[0]);
    assertTrue(lines[0].contains("epochs.csv and summary.json are saved"), lines[0]);
    assertTrue(failed.out().contains("classical"), "the table must still be printed");
    assertEquals(2, Files.readAllLines(dir.resolve("epochs.csv")).size());
    assertTrue(
        new ObjectMapper()
            .readTree(dir.resolve("summary.json").toFile())
            .get("complete")
            .asBoolean());
  }

  @Test
  void refusesToOverwriteAFinishedRun() {
    CliRun again = CliRun.of("compare", "--epochs", "1", "--seeds", "1", "--out", out.toString());
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains("already holds results"), again.err());
  }

  @Test
  void batchLargerThanTheTrainingSetIsRejected() {
    CliRun big =
        CliRun.of(
            "compare",
            "--batch-size",
            "3001",
            "--epochs",
            "1",
            "--seeds",
            "1",
            "--out",
            temp.resolve("big").toString());
    assertEquals(2, big.exitCode(), big.err());
    assertTrue(big.err().contains("--batch-size 3001 is larger than the training set"), big.err());
    assertEquals(1, big.err().strip().split("\n").length, big.err());
  }

  @Test
  void microBatchesGiveTheSameResultsUpToRoundingAndAreRecorded() throws Exception {
    Path parts = temp.resolve("micro");
    CliRun micro = compare(parts, "--strategies", "learn2mix", "--micro-batch", "200");
    assertEquals(0, micro.exitCode(), micro.err());
    JsonNode whole = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    JsonNode split = new ObjectMapper().readTree(parts.resolve("summary.json").toFile());
    assertEquals(200, split.at("/settings/micro_batch").asInt());
    assertTrue(whole.at("/settings/micro_batch").isNull());
    double expected = whole.at("/strategies/learn2mix/by_epoch/6/mean").asDouble();
    double actual = split.at("/strategies/learn2mix/by_epoch/6/mean").asDouble();
    assertTrue(expected > 0, whole.toString());
    assertEquals(expected, actual, 1e-6 * expected);
  }

  @Test
  void anExplicitCpuGivesTheAutoNumbersAndTheDeviceIsRecorded() throws Exception {
    Path cpu = temp.resolve("cpu");
    CliRun explicit = compare(cpu, "--device", "cpu");
    assertEquals(0, explicit.exitCode(), explicit.err());
    assertEquals(withoutSeconds(out), withoutSeconds(cpu));
    for (Path folder : List.of(out, cpu)) {
      JsonNode provenance =
          new ObjectMapper().readTree(folder.resolve("summary.json").toFile()).get("provenance");
      assertEquals("cpu", provenance.get("device").asText(), folder.toString());
      assertEquals("cpu", provenance.get("engine_flavour").asText(), folder.toString());
      assertFalse(provenance.has("cuda_version"), provenance.toString());
      assertFalse(provenance.has("gpu_name"), provenance.toString());
    }
  }

  @Test
  void aResumeTrainsOnTheFoldersDeviceUnlessToldOtherwise() throws Exception {
    Path copy = temp.resolve("from-a-gpu");
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(out.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else if (!file.getFileName().toString().equals(".learn2mix.lock")) {
          Files.copy(file, target);
        }
      }
    }
    Path summary = copy.resolve("summary.json");
    Files.writeString(
        summary,
        Files.readString(summary).replace("\"device\" : \"cpu\"", "\"device\" : \"gpu:0\""));

    CliRun saved = CliRun.of("compare", "--resume", copy.toString());
    assertEquals(2, saved.exitCode(), saved.err());
    assertEquals(
        "learn2mix: gpu:0 is not available: the engine (cpu flavour) sees cpu only;"
            + " run learn2mix doctor",
        saved.err().strip());

    CliRun onCpu = CliRun.of("compare", "--resume", copy.toString(), "--device", "cpu");
    assertEquals(0, onCpu.exitCode(), onCpu.err());
    assertEquals(withoutSeconds(out), withoutSeconds(copy));
  }

  /** epochs.csv without its seconds column (the sixth). */
  private static List<String> withoutSeconds(Path folder) throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve("epochs.csv"))) {
      List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(5);
      rows.add(String.join(",", cells));
    }
    return rows;
  }
}
