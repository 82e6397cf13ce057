package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.learn2mix.data.ReadProgress;

/**
 * Shows how far the reading of a large folder (texts, images) has come: a progress bar on a
 * terminal, a line per tenth when output goes to a file or pipe. Folders of fewer than {@value
 * #SHOWN_FROM} files read too fast to need either.
 */
final class ReadingDisplay implements ReadProgress, AutoCloseable {
  /** The fewest files whose reading is shown. */
  static final int SHOWN_FROM = 1000;

  private final PrintStream out;
  private final boolean interactive;
  private final String task;
  private final String unit;
  private ProgressBar bar;
  private int lastTenth;

  private ReadingDisplay(PrintStream out, boolean interactive, String task, String unit) {
    this.out = out;
    this.interactive = interactive;
    this.task = task;
    this.unit = unit;
  }

  /**
   * A display on {@code out}.
   *
   * @param out where to show it
   * @param interactive whether {@code out} is a terminal
   * @param task what is done, e.g. {@code decoding images}
   * @param unit what is counted, with a leading space, e.g. {@code " images"}
   * @return the display, to hand to a reader and close after it
   */
  static ReadingDisplay of(PrintStream out, boolean interactive, String task, String unit) {
    return new ReadingDisplay(out, interactive, task, unit);
  }

  @Override
  public synchronized void filesRead(int done, int total) {
    if (total < SHOWN_FROM) {
      return;
    }
    if (interactive) {
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, 1)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .continuousUpdate()
                .build();
      }
      bar.stepTo(done);
      return;
    }
    int tenth = (int) (10L * done / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      out.printf(Locale.ROOT, "%s: %,d of %,d%s%n", task, done, total, unit);
    }
  }

  /** Closes the bar, if one was shown, so that what follows starts on a line of its own. */
  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
