package org.learn2mix.cli;

import ai.djl.Device;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.learn2mix.data.DataSetException;
import org.learn2mix.djl.NonFiniteLossException;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.Preset;
import org.learn2mix.experiment.Presets;
import org.learn2mix.experiment.Protocol;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.report.ReproductionIndex;
import org.learn2mix.results.AtomicFiles;
import org.learn2mix.results.FolderLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code learn2mix reproduce}: the published experiments, each with its report, and an index. */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    resourceBundle = SharedOptions.HELP,
    description = {
      "Run the published setting of a preset, or of all presets, with every strategy that"
          + " applies; write one results folder with its report per preset and index.html"
          + " linking them, with our values beside the paper's.",
      "A preset whose data cannot be found or that fails is reported in the index and the"
          + " others go on; the exit code is 1 if any failed."
    })
final class ReproduceCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PRESET|all",
      defaultValue = "all",
      description = "The preset to reproduce, or all of them (default: ${DEFAULT-VALUE}).")
  String which;

  @Mixin SeedCount seeds = new SeedCount();

  @Option(
      names = "--protocol",
      paramLabel = "P",
      description =
          "paper (the paper's text) or reference-code (the authors' scripts, for the presets"
              + " whose script is described; 'all' runs only those) (default: ${DEFAULT-VALUE}).")
  String protocol = Protocol.PAPER.label();

  @Mixin DataDir dataDir = new DataDir();

  @Mixin ResultsFolder resultsFolder = new ResultsFolder();

  @Mixin EngineThreads engine = new EngineThreads();

  @Mixin DeviceChoice device = new DeviceChoice();

  private final PrintStream console;
  private final boolean interactive;

  ReproduceCommand(PrintStream console, boolean interactive) {
    this.console = console;
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    int seedCount = seeds.value();
    Protocol chosen = Protocol.fromLabel(protocol);
    List<Preset> presets = new ArrayList<>();
    if (which.equals("all")) {
      for (Preset preset : Presets.all()) {
        if (chosen == Protocol.PAPER || Presets.referenceCode(preset.name()).isPresent()) {
          presets.add(Presets.find(preset.name(), chosen));
        }
      }
    } else {
      presets.add(Presets.find(which, chosen));
    }
    engine.apply();
    Device on = device.resolve();
    Path dir = resultsFolder.orDefault("reproduce");
    FolderLock lock = RunFolder.claim(dir, ReproductionIndex.PAGE);
    Map<String, String> failures = new LinkedHashMap<>();
    try {
      for (Preset preset : presets) {
        console.println("== " + preset.name() + ": " + preset.summary());
        reproduce(preset, seedCount, on, dir.resolve(preset.name()), failures);
        writeIndex(dir, presets, failures);
      }
    } finally {
      RunFolder.release(lock);
    }
    console.println("index: " + dir.resolve(ReproductionIndex.PAGE).toAbsolutePath().normalize());
    return failures.isEmpty() ? 0 : Main.EXIT_FAILURE;
  }

  private void reproduce(
      Preset preset, int seedCount, Device on, Path folder, Map<String, String> failures) {
    FolderLock lock = RunFolder.claim(folder);
    try {
      new Comparison(console, interactive, on)
          .run(ExperimentSettings.published(preset, seedCount, dataDir.value()), folder, false);
    } catch (UsageException | DataSetException | NonFiniteLossException | UncheckedIOException e) {
      failures.put(preset.name(), e.getMessage());
      console.println("learn2mix: " + preset.name() + " failed: " + e.getMessage());
    } finally {
      RunFolder.release(lock);
    }
  }

  private static void writeIndex(Path dir, List<Preset> presets, Map<String, String> failures) {
    List<String> names = presets.stream().map(Preset::name).toList();
    try {
      AtomicFiles.write(
          dir.resolve(ReproductionIndex.PAGE),
          w -> w.write(ReproductionIndex.render(dir, names, failures)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the index in " + dir + ": " + e.getMessage(), e);
    }
  }
}
