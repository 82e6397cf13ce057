package org.learn2mix.cli;

import ai.djl.Device;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.learn2mix.experiment.CheckpointFiles;
import org.learn2mix.experiment.ExperimentRunner;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.SavedSettings;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.results.FolderLock;
import org.learn2mix.results.SummaryJson;
import org.learn2mix.sweep.Cell;
import org.learn2mix.sweep.CellWorker;
import org.learn2mix.sweep.SweepFolder;
import org.learn2mix.sweep.SweepPlan;
import org.learn2mix.sweep.SweepPlanFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code learn2mix sweep-cell DIR CELL} (hidden; the sweep's workers run it): trains one cell of
 * the sweep in DIR into its folder, as {@code compare} trains one strategy with one seed,
 * continuing from the cell's checkpoint if an earlier try was interrupted. The cell's folder lock
 * is the claim: if another process holds it, this one ends at once with {@link
 * CellWorker#EXIT_CLAIMED}.
 */
@Command(
    name = "sweep-cell",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = "Train one cell of a sweep (used by the sweep's workers).",
    resourceBundle = SharedOptions.HELP)
final class SweepCellCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The sweep's folder.")
  Path dir;

  @Parameters(index = "1", paramLabel = "CELL", description = "The cell's name.")
  String id;

  @Mixin EngineThreads engine = new EngineThreads();

  @Mixin DeviceChoice device = new DeviceChoice();

  private final PrintStream console;

  SweepCellCommand(PrintStream console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    SweepPlan plan = SweepPlanFile.read(dir);
    Cell cell =
        plan.cell(id).orElseThrow(() -> new UsageException(dir + " has no cell called " + id));
    SweepFolder folder = new SweepFolder(dir);
    Path cellDir = folder.cellDir(cell);
    Files.createDirectories(cellDir);
    FolderLock lock;
    try {
      lock = FolderLock.acquire(cellDir);
    } catch (FolderLock.InUseException e) {
      console.println("cell " + id + " is being trained by another worker");
      return CellWorker.EXIT_CLAIMED;
    }
    try {
      if (folder.done(cell)) {
        console.println("cell " + id + " is done");
        return 0;
      }
      ExperimentSettings settings = new CompareResolver(plan.arguments()).resolve(cell);
      boolean resuming = Files.isRegularFile(cellDir.resolve(SummaryJson.FILE));
      if (resuming) {
        // Results are bit-identical only at equal thread counts: a cell keeps its own.
        SavedSettings.threads(cellDir).ifPresent(saved -> engine.threads = saved);
        SavedSettings.device(cellDir).ifPresent(device::keep);
      }
      engine.apply();
      Device on = device.resolve();
      console.println(
          "cell "
              + id
              + (resuming ? ": continuing from its checkpoint" : ": training")
              + " at "
              + Instant.now());
      ResultsSaver saver =
          new ResultsSaver(cellDir, settings, Instant.now(), resuming, DeviceChoice.describe(on));
      new ExperimentRunner(settings, saver, new CheckpointFiles(cellDir, settings), on).run();
      console.println("cell " + id + ": done at " + Instant.now());
      return 0;
    } finally {
      RunFolder.release(lock);
    }
  }
}
