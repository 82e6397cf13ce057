package org.learn2mix.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.batching.Strategy;

class SweepFolderTest {
  private static final Cell CELL = new Cell(Strategy.CLASSICAL, 3, new Setting(0.1, 8, 0.01));

  @Test
  void aCellIsGivenUpAfterAsManyFailedTriesAsAllowed(@TempDir Path dir) {
    SweepFolder folder = new SweepFolder(dir);
    assertEquals(SweepFolder.State.MISSING, folder.state(CELL, 2));
    folder.recordFailure(CELL, "first");
    assertEquals(SweepFolder.State.MISSING, folder.state(CELL, 2));
    folder.recordFailure(CELL, "second");
    assertEquals(SweepFolder.State.FAILED, folder.state(CELL, 2));
    assertEquals(List.of("first", "second"), folder.failures(CELL));
    folder.clearFailures(CELL);
    assertEquals(SweepFolder.State.MISSING, folder.state(CELL, 2));
  }

  @Test
  void failuresAreNumberedPastTheOnesAlreadyThere(@TempDir Path dir) throws Exception {
    SweepFolder folder = new SweepFolder(dir);
    Files.createDirectories(folder.cellDir(CELL));
    Files.writeString(folder.cellDir(CELL).resolve("failed-1.txt"), "old\n");
    folder.recordFailure(CELL, "new");
    assertTrue(Files.isRegularFile(folder.cellDir(CELL).resolve("failed-2.txt")));
    assertEquals(List.of("old", "new"), folder.failures(CELL));
  }

  @Test
  void theWorkersLastErrorLineNamesTheFailure(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("worker.log");
    Files.writeString(log, "learn2mix: an older try\n");
    long from = Files.size(log);
    Files.writeString(
        log,
        "learn2mix: --batch-size 9 is larger than the training set\n"
            + "learn2mix: run again with --verbose for details\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(
        "--batch-size 9 is larger than the training set (worker exit code 2)",
        CellWorker.reason(2, log, from));
    assertEquals("worker killed by signal 9", CellWorker.reason(137, log, Files.size(log)));
  }
}
