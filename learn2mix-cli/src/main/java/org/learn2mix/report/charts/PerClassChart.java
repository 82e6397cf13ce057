package org.learn2mix.report.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.learn2mix.report.runs.ClassKey;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.report.runs.StrategyRuns;

/**
 * {@code per-class.png}: each class's test metric at the last epoch, one bar per strategy in each
 * class's group, the mean over seeds.
 */
public final class PerClassChart {
  /** The file name inside a run folder. */
  public static final String FILE = "per-class.png";

  private PerClassChart() {}

  public static JFreeChart create(RunData run) {
    RunInfo info = run.info();
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (StrategyRuns strategy : run.strategies()) {
      double[] values = strategy.meanClassMetricAt(run.epochs());
      for (int c = 0; c < values.length; c++) {
        dataset.addValue(values[c], strategy.name(), new ClassKey(c, info.classNames().get(c)));
        min = Math.min(min, values[c]);
        max = Math.max(max, values[c]);
      }
    }
    BarRenderer renderer = new BarRenderer();
    ValueAxis range = ChartStyle.valueAxis(info.metric(), info.direction(), min, max);
    if (ChartStyle.isLogScale(min, max)) {
      // Bars grow from where the axis starts; zero has no place on a log axis.
      renderer.setBase(ChartStyle.decadeBelow(min));
    } else if (min >= 0) {
      ((NumberAxis) range).setAutoRangeIncludesZero(true);
    }
    CategoryAxis classes = new CategoryAxis("class");
    classes.setCategoryMargin(0.2);
    if (info.classCount() > 10) {
      classes.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    }
    CategoryPlot plot = new CategoryPlot(dataset, classes, range, renderer);
    JFreeChart chart =
        new JFreeChart(
            info.preset() + ": " + info.metric() + " per class at epoch " + run.epochs(),
            null,
            plot,
            true);
    ChartStyle.apply(chart, "mean over seeds");
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    for (int s = 0; s < run.strategies().size(); s++) {
      renderer.setSeriesPaint(s, ChartStyle.strategyColour(s));
    }
    return chart;
  }
}
