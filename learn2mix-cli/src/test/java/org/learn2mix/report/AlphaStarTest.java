package org.learn2mix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.report.charts.AlphaChart;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunFolderException;
import org.learn2mix.report.runs.RunFolderFixture;
import org.learn2mix.report.runs.RunFolderReader;
import org.learn2mix.results.SummaryJson;

/**
 * α* of Proposition 2.3 in the report: read from summary.json, drawn as dashed reference lines on
 * the α chart and set beside the last α in the page's caption.
 */
class AlphaStarTest {
  @TempDir Path temp;

  /** The standard fixture with {@code shares} as its α*. */
  private Path withAlphaStar(String shares) throws IOException {
    Path dir = RunFolderFixture.standard().writeTo(temp);
    Path summary = dir.resolve(SummaryJson.FILE);
    String counts = "\"train_counts\" : [ 1000, 800, 200 ]";
    Files.writeString(
        summary,
        Files.readString(summary).replace(counts, counts + ",\n\"alpha_star\" : " + shares));
    return dir;
  }

  private static String subtitle(JFreeChart chart) {
    return ((TextTitle) chart.getSubtitle(0)).getText();
  }

  @Test
  void alphaChartDrawsAlphaStarAsDashedLinesOutsideTheLegend() throws IOException {
    RunData run = RunFolderReader.read(withAlphaStar("[ 0.2, 0.3, 0.5 ]"));
    assertEquals(List.of(0.2, 0.3, 0.5), run.info().alphaStar());
    JFreeChart chart = AlphaChart.create(run.info(), run.strategy("learn2mix").orElseThrow());
    XYPlot plot = chart.getXYPlot();
    XYDataset lines = plot.getDataset(1);
    assertNotNull(lines, "no reference lines");
    assertEquals(3, lines.getSeriesCount());
    for (int c = 0; c < 3; c++) {
      assertEquals(1.0, lines.getXValue(c, 0));
      assertEquals(5.0, lines.getXValue(c, 1), "the line spans every epoch");
      assertEquals(run.info().alphaStar().get(c), lines.getYValue(c, 0));
      assertEquals(run.info().alphaStar().get(c), lines.getYValue(c, 1));
      BasicStroke stroke = (BasicStroke) plot.getRenderer(1).getSeriesStroke(c);
      assertNotNull(stroke.getDashArray(), "class " + c + " is not dashed");
      assertEquals(plot.getRenderer(0).getSeriesPaint(c), plot.getRenderer(1).getSeriesPaint(c));
    }
    assertEquals(1, chart.getLegend().getSources().length);
    assertEquals(3, chart.getLegend().getSources()[0].getLegendItems().getItemCount());
    assertTrue(subtitle(chart).contains("dashed: α* of Proposition 2.3"), subtitle(chart));
  }

  @Test
  void withoutAlphaStarTheChartHasNoReferenceLines() throws IOException {
    RunData run = RunFolderReader.read(RunFolderFixture.standard().writeTo(temp));
    assertTrue(run.info().alphaStar().isEmpty());
    JFreeChart chart = AlphaChart.create(run.info(), run.strategy("learn2mix").orElseThrow());
    assertNull(chart.getXYPlot().getDataset(1));
    assertFalse(subtitle(chart).contains("α*"), subtitle(chart));
  }

  @Test
  void thePageSetsTheLastAlphaBesideAlphaStar() throws IOException {
    Path dir = withAlphaStar("[ 0.2, 0.3, 0.5 ]");
    RunReport.write(dir);
    String page = Files.readString(dir.resolve(RunReport.PAGE));
    // learn2mix's α of class 3 moves from 0.2 by 0.05 per epoch: 0.45 after epoch 5.
    assertTrue(
        page.contains(
            "Dashed: α* of Proposition 2.3. α at epoch 5 against α*: normal 0.2500 against 0.2000;"
                + " &lt;b&gt;&amp; 0.3000 against 0.3000; uniform 0.4500 against 0.5000."),
        page);
  }

  @Test
  void anAlphaStarWithTheWrongNumberOfSharesIsOneClearLine() throws IOException {
    Path dir = withAlphaStar("[ 0.5, 0.5 ]");
    RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolderReader.read(dir));
    assertTrue(
        e.getMessage().contains("\"alpha_star\" must hold one share in [0, 1] for each of the 3"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }
}
