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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep survives its workers: a worker killed in the middle of a cell is retried and the cell
 * resumes from its checkpoint to the uninterrupted numbers; a cell that keeps failing is given up,
 * named in the report, and the other cells complete.
 */
@Tag("engine")
class SweepFaultsTest {
  private static final String CELL = "learn2mix-g0.05-b500-lr0.001-seed0";

  @Test
  void aWorkerKilledMidCellIsRetriedAndTheCellEqualsAnUninterruptedRun(@TempDir Path temp)
      throws Exception {
    List<String> settings =
        List.of(
            "--epochs", "300", "--seeds", "1", "--lr", "1e-3", "--threads", "1", "--gamma", "0.05");
    Path out = temp.resolve("sweep");
    List<String> args = new ArrayList<>(List.of("sweep", "--strategies", "learn2mix"));
    args.addAll(settings);
    args.addAll(List.of("--jobs", "1", "--out", out.toString()));
    Path log = temp.resolve("sweep.log");
    Process sweep = ChildProcessCli.start(args, log);
    Path checkpoint = out.resolve("cells").resolve(CELL).resolve("checkpoints");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!hasFile(checkpoint) && sweep.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Optional<ProcessHandle> worker = sweep.descendants().filter(ProcessHandle::isAlive).findFirst();
    assertTrue(worker.isPresent(), "no worker to kill: " + Files.readString(log));
    worker.get().destroyForcibly(); // SIGKILL, as a lost node or an OOM killer would
    assertTrue(sweep.waitFor(180, TimeUnit.SECONDS), "the sweep did not end");
    assertEquals(0, sweep.exitValue(), Files.readString(log));

    Path cell = out.resolve("cells").resolve(CELL);
    assertTrue(
        Files.readString(cell.resolve("failed-1.txt")).contains("killed by signal 9"),
        "the kill was not recorded as a failed try");
    assertTrue(
        Files.readString(cell.resolve("worker.log")).contains("continuing from its checkpoint"),
        "the retry started over instead of resuming");

    Path whole = temp.resolve("whole");
    List<String> compare = new ArrayList<>(List.of("compare", "--strategies", "learn2mix"));
    compare.addAll(settings);
    compare.addAll(List.of("--out", whole.toString()));
    Process uninterrupted = ChildProcessCli.start(compare, temp.resolve("compare.log"));
    assertTrue(uninterrupted.waitFor(180, TimeUnit.SECONDS), "compare timed out");
    assertEquals(0, uninterrupted.exitValue(), Files.readString(temp.resolve("compare.log")));
    assertEquals(
        SweepSameNumbersTest.numbers(whole.resolve("epochs.csv")),
        SweepSameNumbersTest.numbers(cell.resolve("epochs.csv")));
    assertEquals(
        SweepSameNumbersTest.numbers(whole.resolve("epochs.csv")),
        SweepSameNumbersTest.numbers(out.resolve("settings/g0.05-b500-lr0.001/epochs.csv")));
  }

  @Test
  void aCellThatKeepsFailingIsNamedAndTheOthersComplete(@TempDir Path temp) throws Exception {
    Path out = temp.resolve("sweep");
    List<String> sweep =
        List.of(
            "sweep",
            "mean-estimation",
            "--strategies",
            "learn2mix",
            "--seeds",
            "1",
            "--epochs",
            "2",
            "--threads",
            "1",
            "--gamma",
            "0.05",
            "--batch-size",
            "500,9999999",
            "--out",
            out.toString());
    List<String> twoJobs = new ArrayList<>(sweep);
    twoJobs.addAll(List.of("--jobs", "2"));
    CliRun run = CliRun.of(twoJobs.toArray(String[]::new));
    assertEquals(1, run.exitCode(), run.out() + run.err());
    String failed = "learn2mix-g0.05-b9999999-lr0.00005-seed0";
    assertTrue(run.out().contains("failed: " + failed), run.out());
    assertTrue(Files.isRegularFile(out.resolve("cells").resolve(failed).resolve("failed-2.txt")));
    assertFalse(Files.exists(out.resolve("cells").resolve(failed).resolve("failed-3.txt")));
    assertTrue(Files.isRegularFile(out.resolve("settings/g0.05-b500-lr0.00005/report.html")));
    String page = Files.readString(out.resolve("sweep.html"));
    assertTrue(page.contains(failed) && page.contains("larger than the training set"), page);
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertFalse(summary.path("complete").asBoolean());
    List<String> states = new ArrayList<>();
    summary
        .path("cells")
        .forEach(c -> states.add(c.path("id").asText() + "=" + c.path("state").asText()));
    assertEquals(List.of("learn2mix-g0.05-b500-lr0.00005-seed0=done", failed + "=failed"), states);

    // Re-running the finished sweep trains nothing and reports the same.
    CliRun again = CliRun.of(sweep.toArray(String[]::new));
    assertEquals(1, again.exitCode(), again.out() + again.err());
    assertFalse(Files.exists(out.resolve("cells").resolve(failed).resolve("failed-3.txt")));
  }

  private static boolean hasFile(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (var files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".ckpt"));
    }
  }
}
