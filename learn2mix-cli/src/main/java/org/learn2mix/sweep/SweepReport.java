package org.learn2mix.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learn2mix.batching.Strategy;
import org.learn2mix.report.charts.ChartStyle;
import org.learn2mix.report.charts.SensitivityChart;
import org.learn2mix.report.runs.EpochsToTarget;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunFolderException;
import org.learn2mix.report.runs.RunFolderReader;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.results.AtomicFiles;
import org.learn2mix.results.MeanStd;

/**
 * Assembles a sweep whose cells have all ended (done or failed): one comparison folder with its
 * report per setting, then the sweep's {@code summary.json} (every cell and setting), {@code
 * sensitivity.png} and {@code sweep.html} in the sweep folder. Nothing is trained.
 */
public final class SweepReport {
  /** The sweep page's file name inside the sweep folder. */
  public static final String PAGE = "sweep.html";

  private final SweepPlan plan;
  private final SweepFolder folder;
  private final SettingsResolver resolver;
  private final int tries;

  /**
   * A report of the sweep in {@code folder}.
   *
   * @param tries how many failed tries end a cell
   */
  public SweepReport(SweepPlan plan, SweepFolder folder, SettingsResolver resolver, int tries) {
    this.plan = plan;
    this.folder = folder;
    this.resolver = resolver;
    this.tries = tries;
  }

  /** The cells neither done nor failed as often as they may: the sweep cannot be assembled yet. */
  public List<Cell> missing() {
    return plan.cells().stream()
        .filter(c -> folder.state(c, tries) == SweepFolder.State.MISSING)
        .toList();
  }

  /**
   * Writes every setting's folder and the sweep's report.
   *
   * @return what the report shows
   * @throws IOException if a file cannot be read or written
   */
  public SweepResults write() throws IOException {
    List<SweepResults.SettingResult> settings = new ArrayList<>();
    SettingAssembler assembler = new SettingAssembler(plan, folder, resolver, tries);
    for (Setting setting : plan.settings()) {
      Optional<Path> dir = assembler.write(setting);
      RunData run = null;
      if (dir.isPresent()) {
        try {
          run = RunFolderReader.read(dir.get());
        } catch (RunFolderException e) {
          throw new IOException(e.getMessage(), e);
        }
      }
      settings.add(
          new SweepResults.SettingResult(
              setting, run, run == null ? null : EpochsToTarget.of(run)));
    }
    List<SweepResults.CellResult> cells = new ArrayList<>();
    for (Cell cell : plan.cells()) {
      cells.add(
          new SweepResults.CellResult(cell, folder.state(cell, tries), folder.failures(cell)));
    }
    SweepResults results = new SweepResults(plan, settings, cells);
    byte[] chart = chart(results).orElse(null);
    if (chart != null) {
      AtomicFiles.writeBinary(folder.dir().resolve(SensitivityChart.FILE), out -> out.write(chart));
    }
    SweepSummaryFile.write(folder.dir(), results);
    String page = SweepPage.render(results, chart);
    AtomicFiles.write(folder.dir().resolve(PAGE), out -> out.write(page));
    return results;
  }

  /**
   * The sensitivity chart: for each batch size and learning rate, the strategy that uses γ against
   * γ, and each γ-free strategy as a flat dashed line; empty if no strategy uses γ or nothing ran.
   */
  private static Optional<byte[]> chart(SweepResults results) throws IOException {
    Optional<RunInfo> info = results.info();
    SweepPlan plan = results.plan();
    if (info.isEmpty() || plan.strategies().stream().noneMatch(Strategy::adapts)) {
      return Optional.empty();
    }
    List<SensitivityChart.Line> lines = new ArrayList<>();
    int group = 0;
    for (double lr : plan.learningRates()) {
      for (int batch : plan.batchSizes()) {
        String name =
            "batch " + batch + (plan.learningRates().size() > 1 ? ", lr " + Setting.plain(lr) : "");
        for (int s = 0; s < plan.strategies().size(); s++) {
          line(
                  results,
                  plan.strategies().get(s),
                  name,
                  group * plan.strategies().size() + s,
                  batch,
                  lr)
              .ifPresent(lines::add);
        }
        group++;
      }
    }
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ChartStyle.png(
            SensitivityChart.create(
                info.get().preset() + ": final " + info.get().metric() + " against γ",
                info.get().metric(),
                info.get().direction(),
                lines)));
  }

  private static Optional<SensitivityChart.Line> line(
      SweepResults results, Strategy strategy, String name, int colour, int batch, double lr) {
    List<Double> gammas = new ArrayList<>();
    List<MeanStd> values = new ArrayList<>();
    for (double gamma : results.plan().gammas()) {
      Optional<MeanStd> value = results.of(new Setting(gamma, batch, lr)).finalMetric(strategy);
      if (value.isPresent()) {
        gammas.add(gamma);
        values.add(value.get());
      }
    }
    if (gammas.isEmpty()) {
      return Optional.empty();
    }
    double[] x = gammas.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    double[] mean = new double[x.length];
    double[] std = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      MeanStd v = values.get(gammas.indexOf(x[i]));
      mean[i] = v.mean();
      std[i] = strategy.adapts() ? v.std() : 0; // a flat reference line, without its band
    }
    return Optional.of(
        new SensitivityChart.Line(
            strategy.label() + ", " + name, colour, x, mean, std, !strategy.adapts()));
  }
}
