package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code compare} processes started together on one {@code --out}: one trains, the other is
 * refused at once; {@code --resume} of the folder is refused while the writer lives and works once
 * it has been killed.
 */
@Tag("engine")
class OneWriterPerFolderTest {
  /**
   * With {@link #BATCH} 300 steps an epoch, about 0.1 s here: long enough for the writer to outlive
   * two JVM starts on a machine several times faster, and short enough to resume in seconds.
   */
  private static final int EPOCHS = 60;

  private static final int BATCH = 10;

  private static List<String> compare(Path out) {
    return List.of(
        "compare",
        "--epochs",
        String.valueOf(EPOCHS),
        "--batch-size",
        String.valueOf(BATCH),
        "--seeds",
        "1",
        "--strategies",
        "classical",
        "--threads",
        "1",
        "--out",
        out.toString());
  }

  /** The one line a refused process printed, checked to be its only output and exit code 2. */
  private static String refusal(Process process, Path log) throws Exception {
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "timed out");
    String output = Files.readString(log);
    assertEquals(Main.EXIT_USAGE, process.exitValue(), output);
    List<String> lines = output.lines().toList();
    assertEquals(1, lines.size(), output);
    return lines.get(0);
  }

  @Test
  void aSecondWriterIsRefusedAtOnceAndAKilledWriterCanBeResumed(@TempDir Path temp)
      throws Exception {
    Path out = temp.resolve("shared");
    List<Process> both =
        List.of(
            ChildProcessCli.start(compare(out), temp.resolve("0.log")),
            ChildProcessCli.start(compare(out), temp.resolve("1.log")));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (both.stream().allMatch(Process::isAlive) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    int refused = both.get(0).isAlive() ? 1 : 0;
    Process writer = both.get(1 - refused);
    Path writerLog = temp.resolve((1 - refused) + ".log");
    assertTrue(writer.isAlive(), "both processes ended: " + Files.readString(writerLog));
    String line = refusal(both.get(refused), temp.resolve(refused + ".log"));
    assertTrue(
        line.contains("--out " + out + " is being written by another learn2mix process"), line);

    Path checkpoint = out.resolve("checkpoints").resolve("classical-seed0.ckpt");
    while (!Files.exists(checkpoint) && writer.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    Process early =
        ChildProcessCli.start(
            List.of("compare", "--resume", out.toString()), temp.resolve("early.log"));
    String resumeLine = refusal(early, temp.resolve("early.log"));
    assertTrue(
        writer.isAlive(),
        "the writer finished before it could be killed: " + Files.readString(writerLog));
    assertTrue(
        resumeLine.contains("--resume " + out + " is being written by another learn2mix process"),
        resumeLine);

    writer.destroyForcibly(); // SIGKILL: the lock goes with the process, nothing cleans up
    assertTrue(writer.waitFor(30, TimeUnit.SECONDS), "the writer did not die");

    Process resumed =
        ChildProcessCli.start(
            List.of("compare", "--resume", out.toString()), temp.resolve("r.log"));
    assertTrue(resumed.waitFor(300, TimeUnit.SECONDS), "the resumed run timed out");
    assertEquals(0, resumed.exitValue(), Files.readString(temp.resolve("r.log")));
    assertEquals(1 + EPOCHS, Files.readAllLines(out.resolve("epochs.csv")).size());
    assertTrue(
        new ObjectMapper()
            .readTree(out.resolve("summary.json").toFile())
            .get("complete")
            .asBoolean(),
        "the resumed summary is complete");
  }
}
