package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tabular presets from the command line: listed, their data checked, and a short run each. */
class TabularPresetsTest {
  @TempDir Path temp;

  private static Path shared() {
    String folder = System.getProperty("shared.datasets");
    assumeTrue(
        folder != null && Files.isDirectory(Path.of(folder, "california-housing")),
        "no shared data");
    return Path.of(folder);
  }

  @Test
  void presetsListsBothWithThePublishedSettings() {
    CliRun run = CliRun.of("presets");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertTrue(
        lines.stream().anyMatch(l -> l.matches("wine-quality +1\\.0E-4 +0\\.05 +100 +300 .*")),
        run.out());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.matches("california-housing +5\\.0E-5 +0\\.01 +1000 +1200 .*")),
        run.out());
    // Both have the authors' script as a variant; imdb has none.
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("wine-quality ") && l.endsWith(" [reference-code]")),
        run.out());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("imdb ") && !l.contains("[reference-code]")),
        run.out());
  }

  @Test
  void datasetsListsBothAsVerified() {
    CliRun run = CliRun.of("datasets", "--data-dir", shared().toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String id : List.of("wine-quality", "california-housing")) {
      assertTrue(
          run.out().lines().anyMatch(l -> l.startsWith(id + ": ") && l.endsWith("verified")),
          run.out());
    }
  }

  @Test
  void aBadCellExitsWithTwoAndOneLineNamingFileLineAndColumn() throws IOException {
    Path dir = Files.createDirectories(temp.resolve("wine"));
    Path shared = shared().resolve("wine-quality");
    Files.copy(shared.resolve("winequality-white.csv"), dir.resolve("winequality-white.csv"));
    List<String> red = Files.readAllLines(shared.resolve("winequality-red.csv"));
    red.set(2, red.get(2).replace(";3.2;", ";3.2x;"));
    Files.write(dir.resolve("winequality-red.csv"), red);

    CliRun run =
        CliRun.of(
            "compare",
            "wine-quality",
            "--data-dir",
            dir.toString(),
            "--out",
            temp.resolve("out").toString());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(
        "learn2mix: "
            + dir.resolve("winequality-red.csv")
            + ": line 3, column 9 (pH): '3.2x' is not a number",
        run.err().strip());
  }

  @Test
  @Tag("engine")
  void shortRunsTrainOnThePublishedTrainingSets() {
    Path data = shared();
    CliRun wine =
        CliRun.of(
            "compare",
            "wine-quality",
            "--data-dir",
            data.toString(),
            "--epochs",
            "2",
            "--seeds",
            "1",
            "--out",
            temp.resolve("wine").toString());
    assertEquals(0, wine.exitCode(), wine.err());
    assertTrue(
        wine.out()
            .contains(
                "wine-quality: 1043 training and 3249 test examples; training mix:"
                    + " white 244 (0.234) red 799 (0.766)"),
        wine.out());
    CliRun housing =
        CliRun.of(
            "compare",
            "california-housing",
            "--data-dir",
            data.toString(),
            "--epochs",
            "1",
            "--seeds",
            "1",
            "--out",
            temp.resolve("housing").toString());
    assertEquals(0, housing.exitCode(), housing.err());
    assertTrue(
        housing
            .out()
            .contains(
                "california-housing: 3641 training and 10214 test examples; training mix:"
                    + " <1H OCEAN 224 (0.062) INLAND 3297 (0.906) NEAR BAY 56 (0.015)"
                    + " NEAR OCEAN 64 (0.018)"),
        housing.out());
  }
}
