package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.TaskData;
import org.learn2mix.experiment.ExperimentListener;
import org.learn2mix.results.RunResult;
import org.learn2mix.train.EpochRecord;

/**
 * Shows a comparison's progress: the training set's make-up once, then a progress bar per run on a
 * terminal, or one line per finished run when output goes to a file or pipe.
 */
final class ProgressDisplay implements ExperimentListener {
  private final PrintStream out;
  private final boolean interactive;
  private final int epochs;
  private final int runs;
  private ProgressBar bar;
  private String metric = "metric";
  private boolean described;
  private int started;

  ProgressDisplay(PrintStream out, boolean interactive, int epochs, int runs) {
    this.out = out;
    this.interactive = interactive;
    this.epochs = epochs;
    this.runs = runs;
  }

  @Override
  public void dataReady(long seed, TaskData data) {
    metric = data.task().metric();
    if (described) {
      return;
    }
    described = true;
    int[] counts = data.train().classCounts(data.classCount());
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s: %d training and %d test examples; training mix:",
                data.name(),
                data.train().size(),
                data.test().size()));
    for (int c = 0; c < counts.length; c++) {
      line.append(
          String.format(
              Locale.ROOT,
              " %s %d (%.3f)",
              data.classNames().get(c),
              counts[c],
              counts[c] / (double) data.train().size()));
    }
    out.println(line);
  }

  @Override
  public void runStarted(Strategy strategy, long seed) {
    started++;
    if (interactive) {
      bar =
          new ProgressBarBuilder()
              .setTaskName(
                  String.format(
                      Locale.ROOT, "[%d/%d] %-9s seed %d", started, runs, strategy.label(), seed))
              .setInitialMax(epochs)
              .setStyle(ProgressBarStyle.ASCII)
              .setUnit(" epochs", 1)
              .setConsumer(new ConsoleProgressBarConsumer(out))
              .continuousUpdate()
              .build();
    }
  }

  @Override
  public void epochFinished(Strategy strategy, long seed, EpochRecord record) {
    if (bar != null) {
      bar.stepTo(record.epoch());
      bar.setExtraMessage(String.format(Locale.ROOT, "%s %.5g", metric, record.testMetric()));
    }
  }

  @Override
  public void runFinished(RunResult run, List<RunResult> finished) {
    if (bar != null) {
      bar.close();
      bar = null;
      return;
    }
    EpochRecord last = run.epochs().get(run.epochs().size() - 1);
    double seconds = run.epochs().stream().mapToDouble(EpochRecord::seconds).sum();
    out.printf(
        Locale.ROOT,
        "[%d/%d] %-9s seed %d: %s %.5g after %d epoch%s (%.1f s training)%n",
        finished.size(),
        runs,
        run.strategy().label(),
        run.seed(),
        metric,
        last.testMetric(),
        last.epoch(),
        last.epoch() == 1 ? "" : "s",
        seconds);
  }

  /** Closes a bar left open by a failed run, so the error message starts on its own line. */
  void abandon() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
