package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code sweep}: one line, exit code 2, nothing written. */
class SweepCommandTest {
  private static void refused(Path out, String expected, String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains(expected), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(Files.exists(out), "something was written");
  }

  @Test
  void badGridsAreRefusedBeforeAnythingIsWritten(@TempDir Path temp) {
    Path out = temp.resolve("sweep");
    String dir = out.toString();
    refused(out, "--gamma values must be in (0, 1)", "sweep", "--gamma", "0.1,1.5", "--out", dir);
    refused(
        out, "--batch-size values must be at least 1", "sweep", "--batch-size", "0", "--out", dir);
    refused(out, "repeat", "sweep", "--gamma", "0.1,0.1", "--out", dir);
    refused(out, "--shard wants I/N", "sweep", "--shard", "2/2", "--out", dir);
    refused(out, "--jobs must be at least 1", "sweep", "--jobs", "0", "--out", dir);
    refused(out, "unknown preset", "sweep", "no-such-preset", "--out", dir);
    refused(out, "focal", "sweep", "mean-estimation", "--strategies", "focal", "--out", dir);
    refused(
        out,
        "--device must be auto, cpu, gpu or gpu:N, was tpu",
        "sweep",
        "--device",
        "cpu,tpu",
        "--out",
        dir);
  }

  @Test
  void aGpuTheEngineDoesNotHaveIsRefusedBeforeAnythingIsWritten(@TempDir Path temp) {
    Path out = temp.resolve("sweep");
    refused(
        out,
        "gpu:7 is not available: the engine",
        "sweep",
        "--device",
        "cpu,gpu:7",
        "--out",
        out.toString());
  }

  @Test
  void assembleWantsASweepFolderAndNoOtherOptions(@TempDir Path temp) {
    Path none = temp.resolve("none");
    refused(none, "holds no sweep.json", "sweep", "--assemble", none.toString());
    refused(none, "drop --gamma", "sweep", "--assemble", none.toString(), "--gamma", "0.1");
    refused(none, "drop --device", "sweep", "--assemble", none.toString(), "--device", "cpu");
  }

  @Test
  void aFolderHoldingAnotherSweepIsNotMixedWith(@TempDir Path temp) throws Exception {
    Path out = temp.resolve("other");
    Files.createDirectories(out);
    Files.writeString(out.resolve("notes.txt"), "mine");
    CliRun run = CliRun.of("sweep", "--out", out.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("already holds files but no sweep"), run.err());
  }
}
