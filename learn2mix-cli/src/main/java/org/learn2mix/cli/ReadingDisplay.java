package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.learn2mix.data.ReadProgress;

/**
 * Shows how far the reading of a large folder has come: a progress bar on a terminal, a line per
 * tenth when output goes to a file or pipe. Folders of fewer than {@value #SHOWN_FROM} files are
 * read without a word.
 */
final class ReadingDisplay implements ReadProgress {
  /** The fewest files whose reading is shown. */
  static final int SHOWN_FROM = 1000;

  private final PrintStream out;
  private final boolean interactive;
  private ProgressBar bar;
  private int lastTenth;

  private ReadingDisplay(PrintStream out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  /**
   * A display on {@code out}.
   *
   * @param out where to show it
   * @param interactive whether {@code out} is a terminal
   * @return the display, to hand to a reader
   */
  static ReadingDisplay of(PrintStream out, boolean interactive) {
    return new ReadingDisplay(out, interactive);
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
                .setTaskName("reading")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" files", 1)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
      }
      bar.stepTo(done);
      if (done == total) {
        bar.close();
      }
      return;
    }
    int tenth = (int) (10L * done / total);
    if (tenth > lastTenth) {
      lastTenth = tenth;
      out.printf(Locale.ROOT, "reading: %,d of %,d files%n", done, total);
    }
  }
}
