package org.learn2mix.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunFolderFixture;
import org.learn2mix.report.runs.RunFolderReader;

class ChartsTest {
  @TempDir Path temp;

  @Test
  void logScaleOnlyForPositiveValuesSpanningMoreThanTwoDecades() {
    assertTrue(ChartStyle.isLogScale(1, 300));
    assertFalse(ChartStyle.isLogScale(1, 100));
    assertFalse(ChartStyle.isLogScale(0, 300));
    assertFalse(ChartStyle.isLogScale(-1, 300));
    assertEquals(0.01, ChartStyle.decadeBelow(0.05), 1e-15);
    assertEquals(100, ChartStyle.decadeBelow(300), 1e-12);
  }

  @Test
  void aSingleValueStillGetsAnAxisWithRoom() {
    NumberAxis axis = (NumberAxis) ChartStyle.valueAxis("test_mse", "lower is better", 287, 287);
    assertTrue(axis.getAutoRangeMinimumSize() >= 50, "range " + axis.getAutoRangeMinimumSize());
    NumberAxis spread = (NumberAxis) ChartStyle.valueAxis("test_accuracy", "x", 97.0, 97.5);
    assertTrue(spread.getAutoRangeMinimumSize() < 1e-6, "a real spread must not be widened");
  }

  @Test
  void convergenceChartIsLabelledAndLinearForTheFixture() throws IOException {
    RunData run = RunFolderReader.read(RunFolderFixture.standard().writeTo(temp));
    JFreeChart chart = ConvergenceChart.create(run);
    XYPlot plot = chart.getXYPlot();
    assertEquals("fixture: test_mse by epoch", chart.getTitle().getText());
    assertEquals("epoch", plot.getDomainAxis().getLabel());
    assertEquals("test_mse (lower is better)", plot.getRangeAxis().getLabel());
    assertInstanceOf(NumberAxis.class, plot.getRangeAxis()); // means 110 .. 6 span < 2 decades
    assertEquals(2, plot.getDataset().getSeriesCount());
    assertEquals("learn2mix (2 seeds)", plot.getDataset().getSeriesKey(0).toString());
    assertTrue(chart.getLegend() != null);
  }

  @Test
  void convergenceChartTurnsLogarithmicWhenTheMetricSpansMoreThanTwoDecades() throws IOException {
    RunFolderFixture fixture = RunFolderFixture.standard();
    fixture.metrics.put(
        "learn2mix", new double[][] {{300, 50, 10, 2, 1}, {300, 50, 10, 2, 1}}); // std 0
    RunData run = RunFolderReader.read(fixture.writeTo(temp));
    XYPlot plot = ConvergenceChart.create(run).getXYPlot();
    assertInstanceOf(LogAxis.class, plot.getRangeAxis());
    assertEquals("test_mse (lower is better; log scale)", plot.getRangeAxis().getLabel());
    assertEquals(1, plot.getRangeAxis().getLowerBound(), 1e-5);
    assertEquals(1000, plot.getRangeAxis().getUpperBound(), 1e-2);
  }

  @Test
  void alphaChartHasOneLinePerClassNamedInTheLegend() throws IOException {
    RunData run = RunFolderReader.read(RunFolderFixture.standard().writeTo(temp));
    JFreeChart chart = AlphaChart.create(run.info(), run.strategy("learn2mix").orElseThrow());
    XYPlot plot = chart.getXYPlot();
    assertEquals(3, plot.getDataset().getSeriesCount());
    assertEquals("<b>&", plot.getDataset().getSeriesKey(1).toString());
    assertEquals(0.45, plot.getDataset().getYValue(2, 4), 1e-12); // class 3 after epoch 5
    assertEquals(3, chart.getLegend().getSources()[0].getLegendItems().getItemCount());
  }

  @Test
  void perClassChartGroupsTheStrategiesByClassAtTheLastEpoch() throws IOException {
    RunData run = RunFolderReader.read(RunFolderFixture.standard().writeTo(temp));
    JFreeChart chart = PerClassChart.create(run);
    CategoryPlot plot = chart.getCategoryPlot();
    assertEquals("fixture: test_mse per class at epoch 5", chart.getTitle().getText());
    assertEquals(2, plot.getDataset().getRowCount()); // strategies
    assertEquals(3, plot.getDataset().getColumnCount()); // classes
    // classical's final mean is 32; class 3 has (2 + 1) / 2 times that.
    assertEquals(48.0, plot.getDataset().getValue(1, 2).doubleValue(), 1e-12);
  }
}
