package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell's numbers do not depend on how the sweep ran: under {@code compare}, under {@code sweep
 * --jobs 2} (its jobs taking the devices cpu and auto in turn) and as two shards plus {@code
 * --assemble}, at one engine thread, every epoch row is the same (seconds aside), and each
 * setting's folder is the folder {@code compare} writes.
 */
@Tag("engine")
class SweepSameNumbersTest {
  private static final List<String> DATA =
      List.of("mean-estimation", "--epochs", "4", "--seeds", "2", "--threads", "1");
  private static final List<String> GRID =
      List.of("--gamma", "0.05,0.2", "--strategies", "learn2mix,classical");

  private static List<String> sweep(Path out, String... extra) {
    List<String> args = new ArrayList<>(List.of("sweep"));
    args.addAll(DATA);
    args.addAll(GRID);
    args.addAll(List.of("--out", out.toString()));
    args.addAll(List.of(extra));
    return args;
  }

  /** epochs.csv's rows with the seconds column blanked. */
  static List<String> numbers(Path csv) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      String[] cells = line.split(",", -1);
      cells[5] = "";
      rows.add(String.join(",", cells));
    }
    return rows;
  }

  private static List<String> rowsOf(List<String> rows, String strategy, long seed) {
    List<String> selected = new ArrayList<>(List.of(rows.get(0)));
    rows.stream().filter(r -> r.startsWith(strategy + "," + seed + ",")).forEach(selected::add);
    return selected;
  }

  @Test
  void cellsAndSettingsMatchCompareWhateverRanThem(@TempDir Path temp) throws Exception {
    // compare in a JVM of its own, as the sweep's workers are
    Path compared = temp.resolve("compare");
    List<String> compare = new ArrayList<>(List.of("compare"));
    compare.addAll(DATA);
    compare.addAll(
        List.of(
            "--gamma",
            "0.05",
            "--strategies",
            "learn2mix,classical",
            "--out",
            compared.toString()));
    Process child = ChildProcessCli.start(compare, temp.resolve("compare.log"));
    assertTrue(child.waitFor(120, TimeUnit.SECONDS), "compare timed out");
    assertEquals(0, child.exitValue(), Files.readString(temp.resolve("compare.log")));
    List<String> expected = numbers(compared.resolve("epochs.csv"));

    Path jobs = temp.resolve("jobs");
    CliRun local =
        CliRun.of(sweep(jobs, "--jobs", "2", "--device", "cpu,auto").toArray(String[]::new));
    assertEquals(0, local.exitCode(), local.out() + local.err());
    assertTrue(local.out().contains("on cpu, auto in turn"), local.out());
    assertTrue(local.out().contains(" on cpu)"), local.out());
    assertTrue(local.out().contains(" on auto)"), local.out());
    for (Path cell : Files.list(jobs.resolve("cells")).toList()) {
      JsonNode provenance =
          new ObjectMapper().readTree(cell.resolve("summary.json").toFile()).path("provenance");
      assertEquals("cpu", provenance.path("device").asText(), cell.toString());
    }

    Path shards = temp.resolve("shards");
    CliRun first = CliRun.of(sweep(shards, "--shard", "0/2").toArray(String[]::new));
    assertEquals(0, first.exitCode(), first.out() + first.err());
    assertTrue(first.out().contains("--assemble"), first.out());
    assertFalse(Files.exists(shards.resolve("sweep.html")), "assembled before all cells ended");
    CliRun early = CliRun.of("sweep", "--assemble", shards.toString());
    assertEquals(2, early.exitCode());
    assertTrue(early.err().contains("3 of 6 cells"), early.err());
    CliRun second = CliRun.of(sweep(shards, "--shard", "1/2").toArray(String[]::new));
    assertEquals(0, second.exitCode(), second.out() + second.err());
    CliRun assembled = CliRun.of("sweep", "--assemble", shards.toString());
    assertEquals(0, assembled.exitCode(), assembled.err());

    String setting = "g0.05-b500-lr0.00005";
    for (Path sweep : List.of(jobs, shards)) {
      assertEquals(expected, numbers(sweep.resolve("settings/" + setting + "/epochs.csv")));
      for (long seed : List.of(0L, 1L)) {
        assertEquals(
            rowsOf(expected, "learn2mix", seed),
            numbers(sweep.resolve("cells/learn2mix-" + setting + "-seed" + seed + "/epochs.csv")));
        assertEquals(
            rowsOf(expected, "classical", seed),
            numbers(sweep.resolve("cells/classical-b500-lr0.00005-seed" + seed + "/epochs.csv")));
      }
      assertTrue(Files.isRegularFile(sweep.resolve("settings/" + setting + "/report.html")));
      assertTrue(Files.isRegularFile(sweep.resolve("sensitivity.png")));
      String page = Files.readString(sweep.resolve("sweep.html"));
      assertTrue(page.contains("href=\"settings/" + setting + "/report.html\""), page);
      JsonNode summary = new ObjectMapper().readTree(sweep.resolve("summary.json").toFile());
      assertEquals(6, summary.path("cells").size());
      assertTrue(summary.path("complete").asBoolean());
      for (JsonNode cell : summary.path("cells")) {
        assertEquals("done", cell.path("state").asText(), cell.toString());
      }
    }
    assertEquals(
        numbers(jobs.resolve("settings/g0.2-b500-lr0.00005/epochs.csv")),
        numbers(shards.resolve("settings/g0.2-b500-lr0.00005/epochs.csv")));
  }
}
