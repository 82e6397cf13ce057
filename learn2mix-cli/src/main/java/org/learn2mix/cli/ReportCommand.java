package org.learn2mix.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.report.RunReport;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunFolderException;
import org.learn2mix.report.runs.RunFolderReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code learn2mix report DIR}: rebuilds the report of a finished comparison from its files. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the report of a finished comparison from its results folder, without training.",
      "Reads epochs.csv and summary.json and writes convergence.png, alpha.png (when learn2mix"
          + " ran), per-class.png and the self-contained report.html into the same folder."
    })
final class ReportCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "A results folder written by 'learn2mix compare'.")
  Path dir;

  private final PrintStream console;

  ReportCommand(PrintStream console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    RunData run;
    try {
      run = RunFolderReader.read(dir);
    } catch (RunFolderException e) {
      throw new UsageException(e.getMessage(), e);
    }
    try {
      RunReport.write(dir, run);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the report to " + dir + ": " + RunFolder.describe(e), e);
    }
    console.println("report: " + dir.resolve(RunReport.PAGE).toAbsolutePath().normalize());
    return 0;
  }
}
