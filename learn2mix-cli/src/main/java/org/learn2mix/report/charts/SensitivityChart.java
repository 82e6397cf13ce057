package org.learn2mix.report.charts;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * {@code sensitivity.png} of a sweep: the final test metric against γ, one line per batch size (and
 * learning rate), the mean over seeds inside a band of ±1 population standard deviation; each
 * γ-free strategy of that batch size as a flat dashed line.
 */
public final class SensitivityChart {
  /** The file name inside a sweep folder. */
  public static final String FILE = "sensitivity.png";

  private SensitivityChart() {}

  /**
   * One line of the chart.
   *
   * @param name the legend's text
   * @param colour the line's colour, as an index into the house palette
   * @param gamma the γ of each point, ascending
   * @param mean the mean final metric at each γ
   * @param std its population standard deviation over seeds
   * @param baseline whether this is a γ-free strategy's reference (dashed)
   */
  public record Line(
      String name, int colour, double[] gamma, double[] mean, double[] std, boolean baseline) {
    /** Validates. */
    public Line {
      if (gamma.length == 0 || gamma.length != mean.length || gamma.length != std.length) {
        throw new IllegalArgumentException("line " + name + " needs as many means as γ values");
      }
    }
  }

  /**
   * The chart.
   *
   * @param title the chart's title
   * @param metric the metric's name
   * @param direction "lower is better" or "higher is better"
   * @param lines at least one
   */
  public static JFreeChart create(String title, String metric, String direction, List<Line> lines) {
    YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double gammaMin = Double.POSITIVE_INFINITY;
    double gammaMax = Double.NEGATIVE_INFINITY;
    for (Line line : lines) {
      YIntervalSeries series = new YIntervalSeries(line.name());
      for (int i = 0; i < line.gamma().length; i++) {
        double mean = line.mean()[i];
        double std = line.std()[i];
        series.add(line.gamma()[i], mean, mean - std, mean + std);
        min = Math.min(min, mean - std);
        max = Math.max(max, mean + std);
        gammaMin = Math.min(gammaMin, line.gamma()[i]);
        gammaMax = Math.max(gammaMax, line.gamma()[i]);
      }
      dataset.addSeries(series);
    }
    DeviationRenderer renderer = new DeviationRenderer(true, true);
    XYPlot plot =
        new XYPlot(
            dataset,
            gammaAxis(gammaMin, gammaMax),
            ChartStyle.valueAxis(metric, direction, min, max),
            renderer);
    JFreeChart chart = new JFreeChart(title, null, plot, true);
    ChartStyle.apply(
        chart,
        "final epoch, mean over seeds; band: ±1 standard deviation; dashed: strategies without γ");
    renderer.setAlpha(0.15f);
    for (int s = 0; s < lines.size(); s++) {
      Line line = lines.get(s);
      renderer.setSeriesPaint(s, ChartStyle.strategyColour(line.colour()));
      renderer.setSeriesFillPaint(s, ChartStyle.strategyColour(line.colour()));
      renderer.setSeriesStroke(s, line.baseline() ? ChartStyle.dashedLine() : ChartStyle.line());
      renderer.setSeriesShapesVisible(s, !line.baseline());
    }
    return chart;
  }

  /** γ on a log scale when it spans a factor of ten or more, else linear. */
  private static ValueAxis gammaAxis(double min, double max) {
    if (min > 0 && max / min >= 10) {
      LogAxis axis = new LogAxis("γ (mixing rate; log scale)");
      axis.setBase(10);
      axis.setSmallestValue(min / 2);
      axis.setRange(min / 1.5, max * 1.5);
      axis.setNumberFormatOverride(ChartStyle.plainNumbers());
      // One labelled tick per decade; the default ticks read 0.015849.
      axis.setTickUnit(new NumberTickUnit(1), false, true);
      axis.setMinorTickMarksVisible(true);
      return axis;
    }
    NumberAxis axis = new NumberAxis("γ (mixing rate)");
    axis.setNumberFormatOverride(ChartStyle.plainNumbers());
    axis.setAutoRangeIncludesZero(false);
    if (max - min < 1e-12) {
      axis.setRange(min / 2, Math.min(1, min * 1.5));
    }
    return axis;
  }
}
