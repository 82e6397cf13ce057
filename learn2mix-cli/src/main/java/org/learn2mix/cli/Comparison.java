package org.learn2mix.cli;

import ai.djl.Device;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.engine.RunDevice;
import org.learn2mix.experiment.CheckpointFiles;
import org.learn2mix.experiment.ExperimentListener;
import org.learn2mix.experiment.ExperimentRunner;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.Presets;
import org.learn2mix.experiment.Protocol;
import org.learn2mix.experiment.ReferenceCode;
import org.learn2mix.report.ReproductionText;
import org.learn2mix.report.RunReport;
import org.learn2mix.report.VerdictText;
import org.learn2mix.report.runs.SummaryTable;
import org.learn2mix.results.ExperimentSummary;
import org.learn2mix.results.RunResult;

/**
 * One comparison from start to report: trains every run with progress display, checkpoints and
 * results saved as they come, then prints the table and writes the report. Shared by {@code
 * compare} and {@code reproduce}.
 */
final class Comparison {
  private final PrintStream console;
  private final boolean interactive;
  private final Device device; // null: the engine's default device

  Comparison(PrintStream console, boolean interactive) {
    this(console, interactive, null);
  }

  /** A comparison that trains on {@code device} (null: the engine's default device). */
  Comparison(PrintStream console, boolean interactive, Device device) {
    this.console = console;
    this.interactive = interactive;
    this.device = device;
  }

  /**
   * Runs the comparison into {@code dir}.
   *
   * @param resuming whether {@code dir} holds an interrupted run of the same settings
   * @return the aggregate
   */
  ExperimentSummary run(ExperimentSettings settings, Path dir, boolean resuming) {
    Device on = device == null ? EngineStart.offline().defaultDevice() : device;
    RunDevice described = DeviceChoice.describe(on);
    if (on.isGpu()) {
      console.println(
          "device: "
              + described.device()
              + " ("
              + (described.gpuName() == null ? "GPU" : described.gpuName())
              + ", libtorch "
              + described.engineFlavour()
              + ")");
    }
    ResultsSaver saver = new ResultsSaver(dir, settings, Instant.now(), resuming, described);
    ProgressDisplay progress =
        new ProgressDisplay(
            console,
            interactive,
            settings.training().epochs(),
            settings.seeds().size() * settings.strategies().size());
    List<RunResult> runs;
    try {
      runs =
          new ExperimentRunner(
                  settings,
                  ExperimentListener.all(progress, saver),
                  new CheckpointFiles(dir, settings),
                  on)
              .run();
    } finally {
      progress.abandon();
    }
    ExperimentSummary summary = ExperimentSummary.of(runs, settings.training().epochs());
    console.println();
    console.print(
        SummaryTable.render(summary, saver.info().metric(), saver.info().higherIsBetter()));
    console.println(
        "("
            + (saver.info().higherIsBetter() ? "higher" : "lower")
            + " is better; * marks the best mean; "
            + (settings.seeds().size() == 1
                ? "one seed, so no std"
                : "std over " + settings.seeds().size() + " seeds")
            + ")");
    if (settings.ownData() == null) {
      console.println(protocolLine(settings));
    }
    console.print(VerdictText.console(runs, settings.training().epochs(), saver.info()));
    console.print(
        ReproductionText.render(
            settings.preset().name(), settings.protocol(), settings.training(), summary));
    console.println("results: " + dir.toAbsolutePath().normalize());
    writeReport(dir);
    return summary;
  }

  /** Names the protocol, and under the scripts' what they do differently from the paper. */
  private static String protocolLine(ExperimentSettings settings) {
    if (settings.protocol() == Protocol.PAPER) {
      return "protocol: paper (the paper's text)";
    }
    return "protocol: "
        + settings.protocol().label()
        + " (the authors' script: "
        + Presets.referenceCode(settings.preset().name())
            .map(ReferenceCode::departures)
            .orElse("as recorded")
        + ")";
  }

  /** The report comes from the saved files, so a failure here loses no results. */
  private void writeReport(Path dir) {
    try {
      RunReport.write(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report ("
              + RunFolder.describe(e)
              + "); epochs.csv and summary.json are saved, and 'learn2mix report "
              + dir
              + "' retries",
          e);
    }
    console.println("report: " + dir.resolve(RunReport.PAGE).toAbsolutePath().normalize());
  }
}
