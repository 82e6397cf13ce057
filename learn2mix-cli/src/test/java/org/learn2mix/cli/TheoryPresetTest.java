package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.published.NoisyLinear;

/**
 * {@code compare theory} end to end: α* goes into summary.json and comes out as the report's
 * reference lines and caption; a published preset's summary has no α*.
 */
@Tag("engine")
class TheoryPresetTest {
  @TempDir Path temp;

  private static JsonNode summary(Path dir) throws Exception {
    return new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
  }

  @Test
  void theRunFolderCarriesAlphaStarIntoTheReport() throws Exception {
    Path out = temp.resolve("theory");
    CliRun run =
        CliRun.of(
            "compare",
            "theory",
            "--epochs",
            "2",
            "--seeds",
            "1",
            "--strategies",
            "learn2mix",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode shares = summary(out).at("/classes/alpha_star");
    assertEquals(4, shares.size(), shares.toString());
    for (int c = 0; c < 4; c++) {
      assertEquals(NoisyLinear.alphaStar().get(c), shares.get(c).asDouble());
    }
    assertTrue(Files.isRegularFile(out.resolve("alpha.png")));
    String page = Files.readString(out.resolve("report.html"));
    assertTrue(page.contains("Dashed: α* of Proposition 2.3. α at epoch 2 against α*:"), page);
    assertTrue(page.contains("sigma=2 "), page);
  }

  @Test
  void aPublishedPresetWritesNoAlphaStar() throws Exception {
    Path out = temp.resolve("mean-estimation");
    CliRun run =
        CliRun.of(
            "compare",
            "mean-estimation",
            "--epochs",
            "1",
            "--seeds",
            "1",
            "--strategies",
            "learn2mix",
            "--out",
            out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(summary(out).path("classes").has("names"));
    assertTrue(summary(out).at("/classes/alpha_star").isMissingNode());
    assertTrue(!Files.readString(out.resolve("report.html")).contains("α*"));
  }
}
