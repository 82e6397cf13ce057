package org.learn2mix.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learn2mix.report.charts.AlphaChart;
import org.learn2mix.report.charts.ChartStyle;
import org.learn2mix.report.charts.ConvergenceChart;
import org.learn2mix.report.charts.PerClassChart;
import org.learn2mix.report.runs.EpochsToTarget;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunFolderException;
import org.learn2mix.report.runs.RunFolderReader;
import org.learn2mix.report.runs.StrategyRuns;
import org.learn2mix.results.AtomicFiles;
import org.learn2mix.results.Provenance;

/**
 * Writes a comparison's report into its folder: {@code convergence.png}, {@code alpha.png} (when
 * learn2mix ran), {@code per-class.png} and the self-contained {@code report.html}. Everything is
 * computed from {@code epochs.csv} and {@code summary.json}; nothing is retrained. Each file is
 * written atomically.
 */
public final class RunReport {
  /** The page's file name inside a run folder. */
  public static final String PAGE = ReportPage.FILE;

  private RunReport() {}

  /**
   * Reads {@code dir} and writes the report into it.
   *
   * @return the files written, the page last
   * @throws RunFolderException if {@code dir} is not a readable results folder
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(Path dir) throws IOException {
    return write(dir, RunFolderReader.read(dir));
  }

  /**
   * Writes the report of {@code run} into {@code dir}.
   *
   * @return the files written, the page last
   */
  public static List<Path> write(Path dir, RunData run) throws IOException {
    List<Path> written = new ArrayList<>();
    byte[] convergence = ChartStyle.png(ConvergenceChart.create(run));
    written.add(save(dir.resolve(ConvergenceChart.FILE), convergence));
    Optional<StrategyRuns> learn2mix = run.strategy(RunData.LEARN2MIX);
    byte[] alpha = null;
    if (learn2mix.isPresent()) {
      alpha = ChartStyle.png(AlphaChart.create(run.info(), learn2mix.get()));
      written.add(save(dir.resolve(AlphaChart.FILE), alpha));
    }
    byte[] perClass = ChartStyle.png(PerClassChart.create(run));
    written.add(save(dir.resolve(PerClassChart.FILE), perClass));
    String page =
        ReportPage.render(
            run, EpochsToTarget.of(run), convergence, alpha, perClass, Provenance.version());
    Path pageFile = dir.resolve(ReportPage.FILE);
    AtomicFiles.write(pageFile, out -> out.write(page));
    written.add(pageFile);
    return written;
  }

  private static Path save(Path file, byte[] bytes) throws IOException {
    AtomicFiles.writeBinary(file, out -> out.write(bytes));
    return file;
  }
}
