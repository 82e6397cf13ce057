package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged data and foreign run folders through the command line: exit code 2, one line naming the
 * culprit, no stack trace, no result files.
 */
class BadDataTest {
  private static final Path MNIST =
      Path.of(System.getProperty("shared.datasets", "../shared/datasets"), "mnist");
  private static final String[] FILES = {
    "train-images-idx3-ubyte.gz",
    "train-labels-idx1-ubyte.gz",
    "t10k-images-idx3-ubyte.gz",
    "t10k-labels-idx1-ubyte.gz"
  };

  @TempDir static Path temp;

  @BeforeAll
  static void needsMnist() {
    assumeTrue(Files.isDirectory(MNIST), "shared MNIST files not found");
  }

  private static Path copyOfMnist(String name) throws IOException {
    Path dir = Files.createDirectories(temp.resolve(name));
    for (String file : FILES) {
      Files.copy(MNIST.resolve(file), dir.resolve(file));
    }
    return dir;
  }

  private static void assertRejected(CliRun run, Path out, String... culprits) throws IOException {
    assertEquals(2, run.exitCode(), run.err());
    String[] lines = run.err().strip().split("\n");
    assertEquals(1, lines.length, run.err());
    for (String culprit : culprits) {
      assertTrue(lines[0].contains(culprit), "'" + culprit + "' not named in: " + lines[0]);
    }
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(out), "the results folder was left behind");
  }

  private static CliRun compareMnist(Path dataDir, Path out) {
    return CliRun.of(
        "compare",
        "mnist",
        "--data-dir",
        dataDir.toString(),
        "--epochs",
        "1",
        "--seeds",
        "1",
        "--out",
        out.toString());
  }

  @Test
  void aTruncatedImageFileIsNamed() throws IOException {
    Path data = copyOfMnist("truncated");
    Path images = data.resolve("t10k-images-idx3-ubyte.gz");
    byte[] bytes = Files.readAllBytes(images);
    Files.write(images, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Path out = temp.resolve("out-truncated");
    assertRejected(compareMnist(data, out), out, "t10k-images-idx3-ubyte.gz");
  }

  @Test
  void aFileThatFailsItsChecksumIsNamed() throws IOException {
    Path data = copyOfMnist("tampered");
    // A valid gzip of different content: decompresses fine, fails the published SHA-256.
    Path labels = data.resolve("train-labels-idx1-ubyte.gz");
    byte[] raw;
    try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(labels))) {
      raw = in.readAllBytes();
    }
    raw[raw.length - 1] = (byte) ((raw[raw.length - 1] + 1) % 10);
    try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(labels))) {
      gz.write(raw);
    }
    Path out = temp.resolve("out-tampered");
    assertRejected(compareMnist(data, out), out, "train-labels-idx1-ubyte");
  }

  @Test
  void aMissingDataFolderIsNamed() throws IOException {
    Path out = temp.resolve("out-missing");
    Path nowhere = temp.resolve("no-such-folder");
    assertRejected(compareMnist(nowhere, out), out, "no-such-folder");
  }

  @Test
  void checkpointsOfAnotherExperimentAreRefused() throws IOException {
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    assertEquals(
        0,
        CliRun.of(
                "compare",
                "--epochs",
                "2",
                "--seeds",
                "1",
                "--lr",
                "1e-3",
                "--out",
                first.toString())
            .exitCode());
    assertEquals(
        0,
        CliRun.of(
                "compare",
                "--epochs",
                "2",
                "--seeds",
                "1",
                "--lr",
                "2e-3",
                "--out",
                second.toString())
            .exitCode());
    // Swap in the other experiment's checkpoints, as a careless copy would.
    Path theirs = first.resolve("checkpoints/learn2mix-seed0.ckpt");
    Files.copy(
        theirs,
        second.resolve("checkpoints/learn2mix-seed0.ckpt"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    String before = Files.readString(second.resolve("epochs.csv"));
    CliRun resumed = CliRun.of("compare", "--resume", second.toString());
    assertEquals(2, resumed.exitCode(), resumed.err());
    assertTrue(resumed.err().contains("belongs to another experiment"), resumed.err());
    assertEquals(1, resumed.err().strip().split("\n").length, resumed.err());
    assertEquals(before, Files.readString(second.resolve("epochs.csv")), "results were touched");
  }
}
