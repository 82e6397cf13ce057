package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same command with the same seed and threads gives the same epochs.csv, byte for byte apart
 * from the wall-clock {@code seconds} column; another seed gives other numbers.
 */
@Tag("engine")
class DeterminismTest {
  private static final int TEST_METRIC_COLUMN = 4;
  private static final int SECONDS_COLUMN = 5;

  private static List<String> epochsWithoutTimings(Path out) throws Exception {
    return Files.readAllLines(out.resolve("epochs.csv")).stream()
        .map(
            line -> {
              String[] cells = line.split(",", -1);
              cells[SECONDS_COLUMN] = "";
              return String.join(",", cells);
            })
        .collect(Collectors.toList());
  }

  private static Path compare(Path temp, String name, String seed) {
    Path out = temp.resolve(name);
    CliRun run =
        CliRun.of(
            "compare",
            "--epochs",
            "4",
            "--seeds",
            "1",
            "--seed",
            seed,
            "--lr",
            "1e-3",
            "--threads",
            "2",
            "--signal",
            "last-batch",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    return out;
  }

  @Test
  void sameSeedSameNumbersOtherSeedOtherNumbers(@TempDir Path temp) throws Exception {
    List<String> first = epochsWithoutTimings(compare(temp, "a", "7"));
    List<String> second = epochsWithoutTimings(compare(temp, "b", "7"));
    List<String> other = epochsWithoutTimings(compare(temp, "c", "8"));
    assertEquals(first, second);
    assertEquals(first.size(), other.size());
    assertEquals(first.get(0), other.get(0)); // same header
    for (int row = 1; row < first.size(); row++) {
      String[] mine = first.get(row).split(",");
      String[] theirs = other.get(row).split(",");
      assertNotEquals(mine[TEST_METRIC_COLUMN], theirs[TEST_METRIC_COLUMN], "row " + row);
    }
  }
}
