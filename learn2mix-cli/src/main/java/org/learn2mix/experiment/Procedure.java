package org.learn2mix.experiment;

import org.learn2mix.batching.Strategy;
import org.learn2mix.mixing.AllocationRule;
import org.learn2mix.mixing.LossSignal;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.mixing.UpdateSchedule;
import org.learn2mix.train.InitialWeights;
import org.learn2mix.train.TrainingSettings;

/**
 * How a preset's runs train beyond its hyperparameters, as one protocol says: when α moves and from
 * which losses, how batches are allocated, the optimizer's weight decay, where the weights start,
 * and which of our strategies plays the baseline the source calls classical.
 *
 * @param protocol the protocol these choices follow
 * @param signal which batches' class losses move α
 * @param schedule when α moves
 * @param allocation how a batch is shared out among the classes
 * @param weightDecay AdamW's λ, 0 for plain Adam
 * @param initialWeights one base network plus per-run noise, or {@code null} for weights drawn from
 *     each run's seed
 * @param classicalBaseline the strategy that is what the source calls classical training
 */
public record Procedure(
    Protocol protocol,
    LossSignal signal,
    UpdateSchedule schedule,
    AllocationRule allocation,
    double weightDecay,
    InitialWeights initialWeights,
    Strategy classicalBaseline) {
  /**
   * The paper's text: epoch-mean losses, one update per epoch, exact batches, Adam, seeded start.
   */
  public static Procedure paper() {
    return new Procedure(
        Protocol.PAPER,
        LossSignal.EPOCH_MEAN,
        UpdateSchedule.PER_EPOCH,
        AllocationRule.LARGEST_REMAINDER,
        0,
        null,
        Strategy.CLASSICAL);
  }

  /**
   * What every script of the authors shares: the last batch's class losses move α once per epoch,
   * and batches hold Σ⌊α_i·M⌋ examples. Each preset adds its own departures to this.
   */
  public static Procedure scripts() {
    return new Procedure(
        Protocol.REFERENCE_CODE,
        LossSignal.LAST_BATCH,
        UpdateSchedule.PER_EPOCH,
        AllocationRule.TRUNCATION,
        0,
        null,
        Strategy.CLASSICAL);
  }

  /** The same, with α moving after every batch. */
  public Procedure updatingPerBatch() {
    return new Procedure(
        protocol,
        signal,
        UpdateSchedule.PER_BATCH,
        allocation,
        weightDecay,
        initialWeights,
        classicalBaseline);
  }

  /** The same, with AdamW's decoupled weight decay λ. */
  public Procedure withWeightDecay(double lambda) {
    return new Procedure(
        protocol, signal, schedule, allocation, lambda, initialWeights, classicalBaseline);
  }

  /** The same, every run starting from {@code start}. */
  public Procedure startingFrom(InitialWeights start) {
    return new Procedure(
        protocol, signal, schedule, allocation, weightDecay, start, classicalBaseline);
  }

  /** The same, with {@code baseline} as what the source calls classical. */
  public Procedure callingClassical(Strategy baseline) {
    return new Procedure(
        protocol, signal, schedule, allocation, weightDecay, initialWeights, baseline);
  }

  /** Mixing settings with {@code gamma} and this procedure's signal, schedule and allocation. */
  public MixingSettings mixing(double gamma) {
    return new MixingSettings(gamma, signal, schedule, allocation);
  }

  /** {@code training} with this procedure's weight decay and initial weights. */
  public TrainingSettings applyTo(TrainingSettings training) {
    return training.withWeightDecay(weightDecay).startingFrom(initialWeights);
  }
}
