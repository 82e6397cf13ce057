package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a comparison, then {@code compare --resume}: the result is the
 * uninterrupted result, and runs finished before the kill are not trained again.
 */
@Tag("engine")
class KillAndResumeTest {
  private static final String[] SETTINGS = {
    "--epochs",
    "300",
    "--seeds",
    "1",
    "--lr",
    "1e-3",
    "--threads",
    "1",
    "--strategies",
    "learn2mix,classical"
  };

  private static List<String> args(Path out) {
    List<String> args = new ArrayList<>(List.of("compare"));
    args.addAll(List.of(SETTINGS));
    args.addAll(List.of("--out", out.toString()));
    return args;
  }

  /** epochs.csv rows with the wall-clock column blanked. */
  private static List<String> numbers(Path out) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("epochs.csv"))) {
      String[] cells = line.split(",", -1);
      cells[5] = "";
      rows.add(String.join(",", cells));
    }
    return rows;
  }

  private static List<String> rowsOf(Path out, String strategy) throws Exception {
    return Files.readAllLines(out.resolve("epochs.csv")).stream()
        .filter(line -> line.startsWith(strategy + ","))
        .toList();
  }

  private static void runToEnd(List<String> args, Path log) throws Exception {
    Process process = ChildProcessCli.start(args, log);
    assertTrue(process.waitFor(300, TimeUnit.SECONDS), "timed out");
    assertEquals(0, process.exitValue(), Files.readString(log));
  }

  // Every step runs in its own JVM, as users run the command: the numbers are reproducible
  // process to process (the test JVM's engine may be set up differently).
  @Test
  void killedMidRunThenResumedEqualsUninterrupted(@TempDir Path temp) throws Exception {
    Path killed = temp.resolve("killed");
    Process child = ChildProcessCli.start(args(killed), temp.resolve("child.log"));
    Path inProgress = killed.resolve("checkpoints").resolve("classical-seed0.ckpt");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(inProgress) && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(
        child.isAlive(),
        "the child finished before it could be killed: "
            + Files.readString(temp.resolve("child.log")));
    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
    child.waitFor(30, TimeUnit.SECONDS);

    List<String> learn2mixBefore = rowsOf(killed, "learn2mix");
    assertEquals(300, learn2mixBefore.size(), "learn2mix had finished before the kill");
    assertTrue(rowsOf(killed, "classical").isEmpty(), "classical was still running");

    runToEnd(List.of("compare", "--resume", killed.toString()), temp.resolve("resume.log"));
    // The finished run came from its checkpoint, timings and all: it was not trained again.
    assertEquals(learn2mixBefore, rowsOf(killed, "learn2mix"));

    Path whole = temp.resolve("whole");
    runToEnd(args(whole), temp.resolve("whole.log"));
    List<String> expected = numbers(whole);
    List<String> actual = numbers(killed);
    assertEquals(expected.size(), actual.size());
    for (int row = 0; row < expected.size(); row++) {
      assertEquals(expected.get(row), actual.get(row), "row " + row);
    }
  }

  @Test
  void resumeRefusesOptionsThatWouldChangeTheExperiment(@TempDir Path temp) {
    Path out = temp.resolve("short");
    assertEquals(
        0,
        CliRun.of("compare", "--epochs", "2", "--seeds", "1", "--out", out.toString()).exitCode());
    CliRun withEpochs = CliRun.of("compare", "--resume", out.toString(), "--epochs", "5");
    assertEquals(2, withEpochs.exitCode());
    assertTrue(withEpochs.err().contains("drop --epochs"), withEpochs.err());
    CliRun withPreset = CliRun.of("compare", "mean-estimation", "--resume", out.toString());
    assertEquals(2, withPreset.exitCode());
    assertTrue(withPreset.err().contains("drop mean-estimation"), withPreset.err());
    CliRun notARun = CliRun.of("compare", "--resume", temp.resolve("nothing").toString());
    assertEquals(2, notARun.exitCode());
    assertTrue(notARun.err().contains("holds no summary.json"), notARun.err());
  }
}
