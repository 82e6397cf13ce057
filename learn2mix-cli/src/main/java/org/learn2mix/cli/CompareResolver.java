package org.learn2mix.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.learn2mix.batching.Strategy;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.sweep.Setting;
import org.learn2mix.sweep.SettingsResolver;
import picocli.CommandLine;

/**
 * Resolves a sweep's settings exactly as {@code compare} resolves its options: the sweep's data
 * arguments plus {@code --gamma}, {@code --batch-size}, {@code --lr}, {@code --strategies}, {@code
 * --seeds} and {@code --seed}, parsed and checked by a {@link CompareCommand}. Each setting is
 * resolved once (a table of one's own is read once per setting); a cell is its setting with one
 * strategy and one seed.
 */
final class CompareResolver implements SettingsResolver {
  private final List<String> arguments;
  private final Map<Setting, ExperimentSettings> resolved = new HashMap<>();

  /** A resolver of the sweep data arguments {@code arguments} (preset, data options, epochs). */
  CompareResolver(List<String> arguments) {
    this.arguments = List.copyOf(arguments);
  }

  @Override
  public synchronized ExperimentSettings resolve(
      Setting setting, List<Strategy> strategies, List<Long> seeds) {
    ExperimentSettings whole = resolved.get(setting);
    if (whole == null || !whole.strategies().containsAll(strategies)) {
      whole = compare(setting, strategies, seeds);
      resolved.put(setting, whole);
    }
    return new ExperimentSettings(
        whole.preset(), strategies, seeds, whole.training(), whole.dataDir(), whole.ownData());
  }

  /** The settings {@code compare} resolves from the data arguments and {@code extra}. */
  ExperimentSettings compare(List<String> extra) {
    List<String> args = new ArrayList<>(arguments);
    args.addAll(extra);
    CompareCommand compare =
        new CompareCommand(new PrintStream(OutputStream.nullOutputStream()), false);
    try {
      new CommandLine(compare).parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new UsageException(e.getMessage(), e);
    }
    return compare.resolve();
  }

  private ExperimentSettings compare(Setting setting, List<Strategy> strategies, List<Long> seeds) {
    return compare(
        List.of(
            "--gamma",
            Double.toString(setting.gamma()),
            "--batch-size",
            Integer.toString(setting.batchSize()),
            "--lr",
            Double.toString(setting.learningRate()),
            "--strategies",
            strategies.stream().map(Strategy::label).collect(Collectors.joining(",")),
            "--seeds",
            Integer.toString(seeds.size()),
            "--seed",
            Long.toString(seeds.get(0))));
  }
}
