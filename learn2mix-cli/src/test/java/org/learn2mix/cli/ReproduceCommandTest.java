package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.experiment.Preset;
import org.learn2mix.experiment.Presets;

/**
 * {@code reproduce all} with a data folder that holds nothing: the generated preset runs its
 * published setting and gets its report, every other preset fails with one line in the index (and
 * nothing is downloaded, since a named data folder is the only place searched).
 */
@Tag("engine")
class ReproduceCommandTest {
  @Test
  void runsWhatItCanAndReportsWhatFailed(@TempDir Path temp) throws Exception {
    Path empty = Files.createDirectories(temp.resolve("no-data"));
    Path out = temp.resolve("reproduction");
    CliRun run =
        CliRun.of(
            "reproduce", "--seeds", "1", "--data-dir", empty.toString(), "--out", out.toString());

    assertEquals(1, run.exitCode(), "some presets cannot run without data: " + run.err());
    String index = Files.readString(out.resolve("index.html"));
    assertTrue(index.contains("<a href=\"mean-estimation/report.html\">"), index);
    assertTrue(Files.isRegularFile(out.resolve("mean-estimation/report.html")));
    assertTrue(Files.isRegularFile(out.resolve("mean-estimation/convergence.png")));
    // The published setting is compared with Table 2; one seed shows its mean without a spread.
    for (String paper : List.of("1.81 ± 0.84", "6.51 ± 1.52", "1.07 ± 0.09", "1.17 ± 0.06")) {
      assertTrue(
          index.matches(
              "(?s).*<td class=\"num\">[0-9.]+</td><td class=\"num\">"
                  + paper
                  + "</td><td class=\"(in|out)\">(not )?in band</td>.*"),
          paper + " is not beside our value in the index:\n" + index);
      assertTrue(run.out().contains(paper), paper + " is not under the console table");
    }
    assertTrue(
        Files.readString(out.resolve("mean-estimation/report.html")).contains("1.81 ± 0.84"));
    for (Preset preset : Presets.all()) {
      assertTrue(index.contains("<td>" + preset.name() + "</td>"), preset.name());
      if (preset.data().readsFiles()) {
        assertTrue(
            index.matches(
                "(?s).*<td>"
                    + preset.name()
                    + "</td><td colspan=\"3\" class=\"failed\">failed: [^\n<]+</td>.*"),
            preset.name() + " is not reported as failed:\n" + index);
      }
    }
  }
}
