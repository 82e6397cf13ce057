package org.learn2mix.cli;

import org.learn2mix.experiment.UsageException;
import picocli.CommandLine.Option;

/**
 * The {@code --seeds} option shared by every command that trains each strategy once per seed. Each
 * command's help text is in {@link SharedOptions#HELP}.
 */
final class SeedCount {
  @Option(names = "--seeds", paramLabel = "N", descriptionKey = "seeds")
  int seeds = 5;

  /**
   * The number of seeds.
   *
   * @throws UsageException if it is below 1
   */
  int value() {
    if (seeds < 1) {
      throw new UsageException("--seeds must be at least 1, was " + seeds);
    }
    return seeds;
  }
}
