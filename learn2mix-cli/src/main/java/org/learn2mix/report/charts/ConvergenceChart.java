package org.learn2mix.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.report.runs.StrategyRuns;
import org.learn2mix.results.MeanStd;

/**
 * {@code convergence.png}: the test metric per epoch for each strategy, the mean over seeds as a
 * line inside a band of ±1 population standard deviation.
 */
public final class ConvergenceChart {
  /** The file name inside a run folder. */
  public static final String FILE = "convergence.png";

  private ConvergenceChart() {}

  public static JFreeChart create(RunData run) {
    RunInfo info = run.info();
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (StrategyRuns strategy : run.strategies()) {
      for (int e = 1; e <= run.epochs(); e++) {
        MeanStd point = strategy.metricAt(e);
        min = Math.min(min, point.mean());
        max = Math.max(max, point.mean() + point.std());
      }
    }
    // On a log axis a band reaching zero or below has no place; its lower edge stops where the
    // axis starts, at the decade below the smallest mean.
    double floor =
        ChartStyle.isLogScale(min, max) ? ChartStyle.decadeBelow(min) : Double.NEGATIVE_INFINITY;
    for (StrategyRuns strategy : run.strategies()) {
      YIntervalSeries series =
          new YIntervalSeries(strategy.name() + " (" + seeds(strategy.seeds()) + ")");
      for (int e = 1; e <= run.epochs(); e++) {
        MeanStd point = strategy.metricAt(e);
        double low = Math.max(point.mean() - point.std(), floor);
        series.add(e, point.mean(), low, point.mean() + point.std());
      }
      dataset.addSeries(series);
    }

    // A single epoch has no line to draw; mark its points instead.
    DeviationRenderer renderer = new DeviationRenderer(true, run.epochs() == 1);
    XYPlot plot =
        new XYPlot(
            dataset,
            ChartStyle.epochAxis(run.epochs()),
            ChartStyle.valueAxis(info.metric(), info.direction(), min, max),
            renderer);
    JFreeChart chart =
        new JFreeChart(info.preset() + ": " + info.metric() + " by epoch", null, plot, true);
    ChartStyle.apply(chart, "mean over seeds; band: ±1 standard deviation (population)");
    renderer.setAlpha(0.18f);
    for (int s = 0; s < run.strategies().size(); s++) {
      renderer.setSeriesPaint(s, ChartStyle.strategyColour(s));
      renderer.setSeriesFillPaint(s, ChartStyle.strategyColour(s));
      renderer.setSeriesStroke(s, ChartStyle.line());
    }
    return chart;
  }

  private static String seeds(int count) {
    return count == 1 ? "1 seed" : count + " seeds";
  }
}
