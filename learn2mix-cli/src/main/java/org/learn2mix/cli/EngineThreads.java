package org.learn2mix.cli;

import org.learn2mix.experiment.UsageException;
import picocli.CommandLine.Option;

/** The {@code --threads} option shared by every command that trains. */
final class EngineThreads {
  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Engine threads for each operation (default: one per core).")
  Integer threads;

  /** The thread count asked for, or {@code null} for the engine's default. */
  Integer value() {
    return threads;
  }

  /** Uses {@code saved} when the option was not given (a resumed run keeps its count). */
  void defaultTo(Integer saved) {
    if (threads == null) {
      threads = saved;
    }
  }

  /**
   * Validates the count and hands it to the engine; effective only before the engine starts.
   *
   * @throws UsageException if it is below 1
   */
  void apply() {
    if (threads == null) {
      return;
    }
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1, was " + threads);
    }
    System.setProperty("ai.djl.pytorch.num_threads", threads.toString());
    System.setProperty("ai.djl.pytorch.num_interop_threads", threads.toString());
  }
}
