package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.learn2mix.data.images.DecodeProgress;

/**
 * Shows how far the decoding of an image folder has got: a bar on a terminal, or a line at every
 * tenth when output goes to a file or pipe. Small folders (under {@value #QUIET_BELOW} images)
 * decode too fast to need either.
 */
final class DecodeProgressDisplay implements DecodeProgress, AutoCloseable {
  static final int QUIET_BELOW = 2000;

  private final PrintStream out;
  private final boolean interactive;
  private ProgressBar bar;
  private int lastTenth;

  DecodeProgressDisplay(PrintStream out, boolean interactive) {
    this.out = out;
    this.interactive = interactive;
  }

  @Override
  public synchronized void decoded(int done, int total) {
    if (total < QUIET_BELOW) {
      return;
    }
    if (interactive) {
      if (bar == null) {
        bar =
            new ProgressBarBuilder()
                .setTaskName("decoding images")
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" images", 1)
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
      out.printf(Locale.ROOT, "decoding images: %d of %d%n", done, total);
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
