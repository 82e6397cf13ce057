package org.learn2mix.cli;

import java.util.ArrayList;
import java.util.List;
import org.learn2mix.experiment.Protocol;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.mixing.LossSignal;
import org.learn2mix.mixing.UpdateSchedule;
import picocli.CommandLine.Option;

/**
 * How each training runs beyond the preset's hyperparameters, shared by {@code compare} and {@code
 * sweep}: the first seed, the epochs, micro-batches, the loss signal and update schedule, and the
 * protocol. An option not given is null (the preset's or protocol's choice), except the first seed
 * and the protocol, whose defaults are fixed.
 */
final class TrainingOptions {
  /** The options' names, which {@code sweep} passes on to each cell as given. */
  static final List<String> NAMES =
      List.of("--seed", "--epochs", "--micro-batch", "--signal", "--update", "--protocol");

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "First seed; the seeds are S, S+1, ..., S+N-1 (default: ${DEFAULT-VALUE}).")
  long firstSeed = 0;

  @Option(names = "--epochs", paramLabel = "E", description = "Epochs (default: the preset's).")
  Integer epochs;

  @Option(
      names = "--micro-batch",
      paramLabel = "N",
      description =
          "Pass each batch through the network in parts of at most N examples and add up their"
              + " gradients before the batch's one optimizer step: about N/M of the memory for"
              + " activations, the same result up to float rounding unless a layer draws random"
              + " numbers (dropout) or looks across the batch (batch norm) (default: whole"
              + " batches).")
  Integer microBatch;

  @Option(
      names = "--signal",
      paramLabel = "S",
      description =
          "Class-wise loss driving the mix: epoch-mean (mean over the epoch's batches) or"
              + " last-batch (default: epoch-mean, or the script's under --protocol"
              + " reference-code).")
  String signal;

  @Option(
      names = "--update",
      paramLabel = "U",
      description =
          "When the mix moves: per-epoch or per-batch (default: per-epoch, or the script's under"
              + " --protocol reference-code).")
  String update;

  @Option(
      names = "--protocol",
      paramLabel = "P",
      description =
          "Whose choices a preset follows where the paper and the authors' scripts differ: paper"
              + " (the paper's text) or reference-code (the scripts' data preparation,"
              + " initialisation, optimizer, update, gamma, allocation and baseline); see 'Reproducing"
              + " the published experiments' in the README (default: ${DEFAULT-VALUE}).")
  String protocol = Protocol.PAPER.label();

  /**
   * The seeds S, S+1, ..., S+count-1.
   *
   * @param count how many, at least 1
   */
  List<Long> seeds(int count) {
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      seeds.add(firstSeed + i);
    }
    return seeds;
  }

  /**
   * The protocol named.
   *
   * @throws UsageException if it names none
   */
  Protocol protocol() {
    return Protocol.fromLabel(protocol);
  }

  /**
   * The epochs given, else {@code preset}'s.
   *
   * @throws UsageException if the given number is below 1
   */
  int epochsOr(int preset) {
    if (epochs == null) {
      return preset;
    }
    if (epochs < 1) {
      throw new UsageException("--epochs must be at least 1, was " + epochs);
    }
    return epochs;
  }

  /**
   * The micro-batch size given, else 0 for whole batches.
   *
   * @throws UsageException if the given number is below 1
   */
  int microBatch() {
    if (microBatch == null) {
      return 0;
    }
    if (microBatch < 1) {
      throw new UsageException("--micro-batch must be at least 1, was " + microBatch);
    }
    return microBatch;
  }

  /**
   * The loss signal given, else {@code procedure}'s.
   *
   * @throws UsageException if the given name is unknown
   */
  LossSignal signalOr(LossSignal procedure) {
    if (signal == null) {
      return procedure;
    }
    try {
      return LossSignal.fromLabel(signal);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--signal: " + e.getMessage(), e);
    }
  }

  /**
   * The update schedule given, else {@code procedure}'s.
   *
   * @throws UsageException if the given name is unknown
   */
  UpdateSchedule updateOr(UpdateSchedule procedure) {
    if (update == null) {
      return procedure;
    }
    try {
      return UpdateSchedule.fromLabel(update);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--update: " + e.getMessage(), e);
    }
  }
}
