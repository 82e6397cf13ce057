package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.report.runs.EpochsCsv;
import org.learn2mix.results.FolderLock;

/** Which refusal a results folder gets: results being written, results finished, or none. */
class RunFolderTest {
  @Test
  void aFolderWhoseWriterStillHoldsTheLockIsBeingWrittenEvenOnceItHoldsResults(@TempDir Path temp)
      throws Exception {
    Path out = temp.resolve("run");
    try (FolderLock writer = RunFolder.claim(out)) {
      Files.writeString(out.resolve(EpochsCsv.FILE), "epoch\n");
      UsageException refused = assertThrows(UsageException.class, () -> RunFolder.claim(out));
      assertEquals(
          "--out "
              + out
              + " is being written by another learn2mix process; wait for it to end or choose"
              + " another folder",
          refused.getMessage());
    }
  }

  @Test
  void aFinishedFolderHoldsResults(@TempDir Path temp) throws Exception {
    Path out = temp.resolve("run");
    RunFolder.release(RunFolder.claim(out));
    Files.writeString(out.resolve(EpochsCsv.FILE), "epoch\n");
    UsageException refused = assertThrows(UsageException.class, () -> RunFolder.claim(out));
    assertEquals(
        "--out " + out + " already holds results (epochs.csv); choose another folder",
        refused.getMessage());
  }

  @Test
  void aFolderWithResultsButNoLockFileGetsNoLockFile(@TempDir Path temp) throws Exception {
    Files.writeString(temp.resolve(EpochsCsv.FILE), "epoch\n");
    assertThrows(UsageException.class, () -> RunFolder.claim(temp));
    assertEquals(false, Files.exists(temp.resolve(FolderLock.FILE)));
  }
}
