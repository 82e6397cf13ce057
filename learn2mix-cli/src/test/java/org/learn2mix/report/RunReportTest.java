package org.learn2mix.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.report.charts.ChartStyle;
import org.learn2mix.report.runs.RunFolderFixture;

class RunReportTest {
  private static final List<String> CHARTS =
      List.of("convergence.png", "alpha.png", "per-class.png");

  @TempDir Path temp;

  @Test
  void writesThreeChartsAndThePageLast() throws IOException {
    Path dir = RunFolderFixture.standard().writeTo(temp);
    List<Path> written = RunReport.write(dir);
    assertEquals(
        List.of("convergence.png", "alpha.png", "per-class.png", "report.html"),
        written.stream().map(p -> p.getFileName().toString()).toList());
    for (String chart : CHARTS) {
      assertIsAChart(Files.readAllBytes(dir.resolve(chart)), chart);
    }
    assertEquals(
        Set.of(
            "epochs.csv",
            "summary.json",
            "report.html",
            "convergence.png",
            "alpha.png",
            "per-class.png"),
        list(dir),
        "no temporary files may stay behind");
  }

  @Test
  void pageIsSelfContainedAndShowsTheTablesAndCharts() throws IOException {
    Path dir = RunFolderFixture.standard().writeTo(temp);
    RunReport.write(dir);
    String html = Files.readString(dir.resolve("report.html"));

    assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
    assertTrue(html.contains("<title>learn2mix report: fixture</title>"));
    assertTrue(html.contains("<th>test_mse @ epoch 5</th>"));
    assertTrue(html.contains("<td class=\"num best\">6.000 ± 1.000 *</td>"));
    assertTrue(html.contains("<td class=\"num\">32.00 ± 2.000</td>"));
    assertTrue(html.contains("Target: test_mse ≤ 32.00"));
    assertTrue(html.contains("<tr><td>learn2mix</td><td class=\"num\">3</td></tr>"));
    assertTrue(html.contains("<tr><td>classical</td><td class=\"num\">5</td></tr>"));
    assertTrue(html.contains("<th>learning_rate</th><td>5.0E-5</td>"));
    assertTrue(html.contains("<td>Linux &lt;fixture&gt;</td>"));

    assertTrue(html.contains("<td>&lt;b&gt;&amp;</td>"), "class name not escaped");
    assertFalse(html.contains("<b>&"), "raw class name in the page");

    List<String> images = dataUris(html);
    assertEquals(3, images.size());
    for (String image : images) {
      assertIsAChart(Base64.getDecoder().decode(image), "embedded image");
    }
    // The embedded images are the files' bytes.
    assertEquals(
        Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("convergence.png"))),
        images.get(0));

    for (String external : List.of("<script", "<link", "src=\"http", "href=", "url(", "@import")) {
      assertFalse(html.contains(external), "page refers outside itself: " + external);
    }
  }

  @Test
  void withoutLearn2mixThereIsNoAlphaChartAndThePageSaysWhy() throws IOException {
    Path dir = RunFolderFixture.withoutLearn2mix().writeTo(temp);
    List<Path> written = RunReport.write(dir);
    assertEquals(3, written.size());
    assertFalse(Files.exists(dir.resolve("alpha.png")));
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("learn2mix was not among the strategies"), html);
    assertEquals(2, dataUris(html).size());
    // classical's final mean 32 is the target; fixed-mix (mean 105, 75, 55, 40, 30) reaches it at
    // 5.
    assertTrue(html.contains("<tr><td>fixed-mix</td><td class=\"num\">5</td></tr>"), html);
  }

  @Test
  void anExperimentThePaperDoesNotHaveIsNotComparedWithIt() throws IOException {
    Path dir = RunFolderFixture.standard().writeTo(temp);
    RunReport.write(dir);
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("<h2>Published values</h2>"), html);
    assertTrue(
        html.contains("No published values: fixture is not one of the paper&#39;s experiments."),
        html);
  }

  @Test
  void aPublishedExperimentRunWithOtherSettingsIsNotComparedWithThePaper() throws IOException {
    RunFolderFixture fixture = RunFolderFixture.standard();
    fixture.preset = "mean-estimation";
    Path dir = fixture.writeTo(temp);
    RunReport.write(dir);
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(
        html.contains(
            "<p class=\"warning\">Not comparable with the paper: this run&#39;s settings differ"
                + " from the published ones: epochs 5 (published 500).</p>"),
        html);
    assertFalse(html.contains("<table class=\"published\">"), html);
  }

  @Test
  void anUnfinishedComparisonIsReportedAsSuch() throws IOException {
    RunFolderFixture fixture = RunFolderFixture.standard();
    fixture.complete = false;
    Path dir = fixture.writeTo(temp);
    RunReport.write(dir);
    String html = Files.readString(dir.resolve("report.html"));
    assertTrue(html.contains("<p class=\"warning\">This comparison had not finished"), html);
    String finished =
        Files.readString(
            RunFolderFixture.standard().writeTo(temp.resolve("done")).resolve("summary.json"));
    assertTrue(finished.contains("\"complete\" : true"));
  }

  @Test
  void theSameFolderGivesTheSameBytes() throws IOException {
    Path dir = RunFolderFixture.standard().writeTo(temp);
    RunReport.write(dir);
    List<byte[]> first = new ArrayList<>();
    for (String file : List.of("convergence.png", "alpha.png", "per-class.png", "report.html")) {
      first.add(Files.readAllBytes(dir.resolve(file)));
    }
    RunReport.write(dir);
    int i = 0;
    for (String file : List.of("convergence.png", "alpha.png", "per-class.png", "report.html")) {
      assertArrayEquals(first.get(i++), Files.readAllBytes(dir.resolve(file)), file);
    }
  }

  /** Decodes as PNG at the chart size, with more than a handful of colours (not blank). */
  static void assertIsAChart(byte[] png, String name) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image != null, name + " does not decode");
    assertEquals(ChartStyle.WIDTH, image.getWidth(), name);
    assertEquals(ChartStyle.HEIGHT, image.getHeight(), name);
    assertTrue(distinctColours(image) >= 8, name + " looks blank");
  }

  static int distinctColours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return colours.size();
  }

  private static List<String> dataUris(String html) {
    Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(html);
    List<String> images = new ArrayList<>();
    while (m.find()) {
      images.add(m.group(1));
    }
    return images;
  }

  private static Set<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return new HashSet<>(files.map(p -> p.getFileName().toString()).toList());
    }
  }
}
