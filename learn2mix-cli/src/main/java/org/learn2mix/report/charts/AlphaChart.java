package org.learn2mix.report.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.learn2mix.report.runs.ClassKey;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.report.runs.StrategyRuns;

/**
 * {@code alpha.png}: learn2mix's mixing proportions α per class after each epoch's update (the
 * proportions the next epoch uses), the mean over seeds. Only learn2mix adapts α, so the chart
 * exists only when it ran.
 */
public final class AlphaChart {
  /** The file name inside a run folder. */
  public static final String FILE = "alpha.png";

  private AlphaChart() {}

  public static JFreeChart create(RunInfo info, StrategyRuns learn2mix) {
    List<String> classes = info.classNames();
    double[][] alpha = learn2mix.meanAlpha();
    XYSeriesCollection dataset = new XYSeriesCollection();
    for (int c = 0; c < classes.size(); c++) {
      // Class names need not be distinct in the file; the series keys must be.
      XYSeries series = new XYSeries(new ClassKey(c, classes.get(c)), false, true);
      for (int e = 0; e < alpha.length; e++) {
        series.add(e + 1, alpha[e][c]);
      }
      dataset.addSeries(series);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, alpha.length == 1);
    NumberAxis range = new NumberAxis("mixing proportion α (after the epoch's update)");
    range.setNumberFormatOverride(ChartStyle.plainNumbers());
    range.setAutoRangeIncludesZero(true);
    XYPlot plot = new XYPlot(dataset, ChartStyle.epochAxis(alpha.length), range, renderer);
    boolean legend = classes.size() <= ChartStyle.MAX_LEGEND_CLASSES;
    JFreeChart chart =
        new JFreeChart(info.preset() + ": learn2mix mixing proportions α", null, plot, legend);
    String seeds = learn2mix.seeds() == 1 ? "1 seed" : "mean over " + learn2mix.seeds() + " seeds";
    ChartStyle.apply(
        chart,
        seeds
            + "; one line per class"
            + (legend ? "" : " (" + classes.size() + " classes, too many to name in a legend)"));
    for (int c = 0; c < classes.size(); c++) {
      renderer.setSeriesPaint(c, ChartStyle.classColour(c));
      renderer.setSeriesStroke(c, ChartStyle.line());
    }
    return chart;
  }
}
