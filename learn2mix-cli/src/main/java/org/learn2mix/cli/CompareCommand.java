package org.learn2mix.cli;

import ai.djl.Device;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.Task;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.Preset;
import org.learn2mix.experiment.Presets;
import org.learn2mix.experiment.Procedure;
import org.learn2mix.experiment.Protocol;
import org.learn2mix.experiment.SavedSettings;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.results.FolderLock;
import org.learn2mix.train.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code learn2mix compare}: trains several strategies on one preset and compares them. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Train each strategy with each seed on a preset and compare how fast they converge.",
      "Prints the test metric at epochs ceil(E/4), ceil(E/2) and E (mean ± std over seeds),"
          + " the paper's values for them when the settings are the published ones, and writes"
          + " epochs.csv, summary.json and a report (report.html with charts) to the output"
          + " folder."
    },
    sortOptions = false,
    resourceBundle = SharedOptions.HELP)
final class CompareCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PRESET",
      defaultValue = Presets.DEFAULT,
      description = "The experiment to run (default: ${DEFAULT-VALUE}). See 'learn2mix presets'.")
  String preset;

  @Option(
      names = "--strategies",
      split = ",",
      paramLabel = "NAME",
      description =
          "Strategies to compare, comma-separated: learn2mix, classical, fixed-mix, focal"
              + " (default: all that apply; focal is for classification only).")
  List<String> strategies;

  @Option(
      names = "--gamma",
      paramLabel = "G",
      description = "Mixing rate, in (0, 1) (default: the preset's).")
  Double gamma;

  @Option(
      names = "--lr",
      paramLabel = "X",
      description = "Adam learning rate (default: the preset's).")
  Double learningRate;

  @Option(
      names = "--batch-size",
      paramLabel = "M",
      description = "Batch size, at least 1 and at most the training set (default: the preset's).")
  Integer batchSize;

  @Mixin SeedCount seeds = new SeedCount();

  @Mixin TrainingOptions training = new TrainingOptions();

  @Mixin DataDir dataDir = new DataDir();

  @Mixin ResultsFolder resultsFolder = new ResultsFolder();

  @Option(
      names = "--resume",
      paramLabel = "DIR",
      description =
          "Continue the interrupted comparison in DIR from its last completed epoch, with the"
              + " settings it was started with; finished runs are not trained again.")
  Path resume;

  @Mixin EngineThreads engine = new EngineThreads();

  @Mixin DeviceChoice device = new DeviceChoice();

  @Mixin OwnDataOptions ownData = new OwnDataOptions();

  @Spec CommandSpec spec;

  private final PrintStream console;
  private final boolean interactive;

  CompareCommand(PrintStream console, boolean interactive) {
    this.console = console;
    this.interactive = interactive;
  }

  @Override
  public Integer call() {
    ExperimentSettings settings;
    Path dir;
    FolderLock lock;
    Device on;
    if (resume != null) {
      refuseOptionsBesideResume();
      settings = SavedSettings.read(resume);
      engine.defaultTo(SavedSettings.threads(resume).orElse(null));
      engine.apply();
      device.defaultTo(SavedSettings.device(resume).orElse(null));
      on = device.resolve();
      dir = resume;
      lock = RunFolder.claimForResume(dir);
    } else {
      ownData.progressTo(console, interactive);
      settings = resolve();
      engine.apply();
      on = device.resolve();
      dir = resultsFolder.orDefault(settings.preset().name());
      lock = RunFolder.claim(dir);
    }
    try {
      ownData.announce(console, settings);
      new Comparison(console, interactive, on).run(settings, dir, resume != null);
    } catch (RuntimeException e) {
      if (resume == null) {
        RunFolder.removeIfEmpty(dir, lock);
      }
      throw e;
    } finally {
      RunFolder.release(lock);
    }
    return 0;
  }

  private void refuseOptionsBesideResume() {
    ownData.refuseBesideResume(resume);
    ParseResult parsed = spec.commandLine().getParseResult();
    if (parsed.hasMatchedPositional(0)) {
      throw new UsageException(
          "--resume continues " + resume + " with its own preset; drop " + preset);
    }
    for (String option :
        List.of(
            "--strategies",
            "--seeds",
            "--seed",
            "--epochs",
            "--gamma",
            "--lr",
            "--batch-size",
            "--micro-batch",
            "--signal",
            "--update",
            "--protocol",
            "--data-dir",
            "--out")) {
      if (parsed.hasMatchedOption(option)) {
        throw new UsageException(
            "--resume continues "
                + resume
                + " with the settings it was started with; drop "
                + option);
      }
    }
  }

  /** The preset with the user's overrides, validated. */
  ExperimentSettings resolve() {
    ownData.refuseWithoutOwnData();
    ParseResult parsed = spec.commandLine().getParseResult();
    Protocol chosen = training.protocol();
    if (ownData.given() && chosen != Protocol.PAPER) {
      throw new UsageException(
          "--protocol "
              + training.protocol
              + " is for the built-in presets; data of one's own has no script");
    }
    Preset base =
        ownData.given()
            ? ownData.preset(
                parsed.hasMatchedPositional(0) ? preset : null, dataDir.value(), batchSize)
            : Presets.find(preset, chosen);
    if (gamma != null && !(gamma > 0 && gamma < 1)) {
      throw new UsageException("--gamma must be in (0, 1), was " + gamma);
    }
    if (batchSize != null && batchSize < 1) {
      throw new UsageException("--batch-size must be at least 1, was " + batchSize);
    }
    if (learningRate != null && !(learningRate > 0 && Double.isFinite(learningRate))) {
      throw new UsageException("--lr must be a positive number, was " + learningRate);
    }
    int seedCount = seeds.value();
    Procedure procedure = base.procedure();
    MixingSettings mixing =
        new MixingSettings(
            gamma != null ? gamma : base.gamma(),
            training.signalOr(procedure.signal()),
            training.updateOr(procedure.schedule()),
            procedure.allocation());
    TrainingSettings settings =
        procedure.applyTo(
            new TrainingSettings(
                learningRate != null ? learningRate : base.learningRate(),
                batchSize != null ? batchSize : base.batchSize(),
                training.epochsOr(base.epochs()),
                mixing,
                training.microBatch()));
    if (dataDir.value() != null && !base.data().readsFiles()) {
      throw new UsageException(
          "--data-dir: " + base.name() + " is generated from the seed and reads no files");
    }
    return new ExperimentSettings(
        base,
        parseStrategies(base),
        training.seeds(seedCount),
        settings,
        dataDir.value(),
        ownData.record());
  }

  private List<Strategy> parseStrategies(Preset base) {
    Task task = base.task();
    List<Strategy> parsed = new ArrayList<>();
    if (strategies == null) {
      return ExperimentSettings.strategiesFor(task);
    }
    for (String name : strategies) {
      Strategy strategy;
      try {
        strategy = Strategy.fromLabel(name.trim());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--strategies: " + e.getMessage(), e);
      }
      if (parsed.contains(strategy)) {
        throw new UsageException("--strategies names " + name + " twice");
      }
      if (!ExperimentSettings.strategiesFor(task).contains(strategy)) {
        throw new UsageException(
            "--strategies: "
                + strategy.label()
                + " is for classification only, and "
                + base.name()
                + " is "
                + task.name().toLowerCase(Locale.ROOT));
      }
      parsed.add(strategy);
    }
    return parsed;
  }
}
