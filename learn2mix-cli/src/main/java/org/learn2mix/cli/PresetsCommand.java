package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.learn2mix.experiment.Preset;
import org.learn2mix.experiment.Presets;
import picocli.CommandLine.Command;

/** {@code learn2mix presets}: lists the built-in experiments with their hyperparameters. */
@Command(
    name = "presets",
    mixinStandardHelpOptions = true,
    description = "List the built-in presets and their published hyperparameters.")
final class PresetsCommand implements Callable<Integer> {
  /** Marks the presets that have a reference-code variant. */
  static final String SCRIPT_MARK = "[reference-code]";

  private final PrintStream console;

  PresetsCommand(PrintStream console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console.printf(
        Locale.ROOT, "%-20s %-8s %-6s %-6s %-6s  %s%n", "preset", "lr", "gamma", "M", "E", "");
    for (Preset p : Presets.all()) {
      console.printf(
          Locale.ROOT,
          "%-20s %-8s %-6s %-6d %-6d  %s%n",
          p.name(),
          p.learningRate(),
          p.gamma(),
          p.batchSize(),
          p.epochs(),
          p.summary() + (Presets.referenceCode(p.name()).isPresent() ? " " + SCRIPT_MARK : ""));
    }
    console.println(
        SCRIPT_MARK
            + ": also runs as the authors' script has it, with --protocol reference-code (see the"
            + " README, 'Reproducing the published experiments')");
    return 0;
  }
}
