package org.learn2mix.report.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look every report chart shares: fixed logical fonts and sizes, a white background, colours
 * that stay the same for a strategy (or class) across charts, and PNG rendering at a fixed size. No
 * setting depends on the locale, the screen or the time, so a chart renders identically on a given
 * machine.
 */
public final class ChartStyle {
  /** Width of every chart in pixels. */
  public static final int WIDTH = 960;

  /** Height of every chart in pixels. */
  public static final int HEIGHT = 560;

  /** More classes than this and the alpha chart names them on the page, not in its legend. */
  static final int MAX_LEGEND_CLASSES = 20;

  // Okabe-Ito colours, distinguishable with the common colour-vision deficiencies.
  private static final Color[] STRATEGY_COLOURS = {
    new Color(0x0072B2),
    new Color(0xD55E00),
    new Color(0x009E73),
    new Color(0xCC79A7),
    new Color(0xE69F00),
    new Color(0x56B4E9),
    new Color(0x000000),
  };

  // Tableau 10; beyond ten classes, hues spread by the golden angle.
  private static final Color[] CLASS_COLOURS = {
    new Color(0x4E79A7),
    new Color(0xF28E2B),
    new Color(0xE15759),
    new Color(0x76B7B2),
    new Color(0x59A14F),
    new Color(0xEDC948),
    new Color(0xB07AA1),
    new Color(0xFF9DA7),
    new Color(0x9C755F),
    new Color(0xBAB0AC),
  };

  private static final String FAMILY = Font.SANS_SERIF;

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private ChartStyle() {}

  /** The colour of the strategy at {@code index} in the run's order. */
  static Paint strategyColour(int index) {
    return STRATEGY_COLOURS[index % STRATEGY_COLOURS.length];
  }

  /** The colour of class {@code index} (0-based). */
  static Paint classColour(int index) {
    if (index < CLASS_COLOURS.length) {
      return CLASS_COLOURS[index];
    }
    float hue = (float) ((index * 0.618033988749895) % 1.0);
    return Color.getHSBColor(hue, 0.65f, 0.80f);
  }

  /** The stroke of every data line. */
  static BasicStroke line() {
    return new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }

  /**
   * Applies the fonts, background and legend placement to a new chart. A theme resets the series
   * paints, so call it before giving the series their colours.
   */
  static JFreeChart apply(JFreeChart chart, String subtitle) {
    StandardChartTheme theme = new StandardChartTheme("learn2mix", false);
    theme.setExtraLargeFont(new Font(FAMILY, Font.BOLD, 20));
    theme.setLargeFont(new Font(FAMILY, Font.PLAIN, 15));
    theme.setRegularFont(new Font(FAMILY, Font.PLAIN, 13));
    theme.setSmallFont(new Font(FAMILY, Font.PLAIN, 11));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setLegendBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDDDDDD));
    theme.setRangeGridlinePaint(new Color(0xDDDDDD));
    theme.setAxisLabelPaint(Color.BLACK);
    theme.setTickLabelPaint(new Color(0x333333));
    theme.setPlotOutlinePaint(new Color(0x999999));
    theme.setShadowVisible(false);
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    if (subtitle != null) {
      TextTitle sub = new TextTitle(subtitle, new Font(FAMILY, Font.PLAIN, 13));
      sub.setPaint(new Color(0x444444));
      chart.addSubtitle(0, sub);
    }
    if (chart.getLegend() != null) {
      chart.getLegend().setPosition(RectangleEdge.BOTTOM);
      chart.getLegend().setFrame(BlockBorder.NONE);
    }
    return chart;
  }

  /**
   * A value axis for values {@code min..max}: logarithmic when they are all positive and span more
   * than two decades, so that a curve from 300 down to 1 shows its end, linear otherwise; a log
   * axis runs from {@link #decadeBelow(double) decadeBelow(min)} to the decade above {@code max}.
   * The label reads {@code name (note)}, with the scale added to the note when it is logarithmic.
   */
  static ValueAxis valueAxis(String name, String note, double min, double max) {
    if (isLogScale(min, max)) {
      LogAxis axis = new LogAxis(name + " (" + note + "; log scale)");
      axis.setBase(10);
      axis.setSmallestValue(decadeBelow(min));
      // Whole decades, so that both ends carry a label.
      // (A hair wider: log10(1000) is 2.9999999999999996, which would lose the top label.)
      axis.setRange(
          decadeBelow(min) * 0.999999, Math.pow(10, Math.ceil(Math.log10(max))) * 1.000001);
      axis.setNumberFormatOverride(plainNumbers());
      // One labelled tick per decade; the default half-decade ticks read 31.622777.
      axis.setTickUnit(new NumberTickUnit(1), false, true);
      axis.setMinorTickMarksVisible(true);
      return axis;
    }
    NumberAxis axis = new NumberAxis(name + " (" + note + ")");
    axis.setNumberFormatOverride(plainNumbers());
    axis.setAutoRangeIncludesZero(false);
    double magnitude = Math.max(Math.abs(min), Math.abs(max));
    if (max - min <= 1e-9 * Math.max(1, magnitude)) {
      // One value (a single epoch, identical seeds): give the axis some room, or every tick
      // would carry the same label.
      axis.setAutoRangeMinimumSize(Math.max(1, magnitude * 0.2));
    }
    return axis;
  }

  /** The largest power of ten not above {@code value}: where a log axis starts. */
  static double decadeBelow(double value) {
    return Math.pow(10, Math.floor(Math.log10(value)));
  }

  /** Whether {@link #valueAxis} chooses a logarithmic axis for values {@code min..max}. */
  static boolean isLogScale(double min, double max) {
    return min > 0 && max / min > 100;
  }

  /** An axis of whole epochs {@code 1..epochs}. */
  static NumberAxis epochAxis(int epochs) {
    NumberAxis axis = new NumberAxis("epoch");
    axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    axis.setAutoRangeIncludesZero(false);
    if (epochs > 1) {
      axis.setRange(1, epochs);
    }
    return axis;
  }

  /** Numbers as {@code 1,234.5}-free plain decimals, the same in every locale. */
  static NumberFormat plainNumbers() {
    return new DecimalFormat("0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  /** Renders {@code chart} at the fixed size and encodes it as PNG. */
  public static byte[] png(JFreeChart chart) throws IOException {
    BufferedImage image =
        chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "png", bytes)) {
      throw new IOException("no PNG encoder available");
    }
    return bytes.toByteArray();
  }
}
