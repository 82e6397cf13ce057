package org.learn2mix.train;

import org.learn2mix.mixing.MixingSettings;

/**
 * The hyperparameters of one training run (optimizer Adam, with decoupled weight decay as AdamW
 * where asked).
 *
 * @param learningRate Adam's learning rate η, positive and finite
 * @param batchSize M, examples per batch, at least 1 (and at most the training set's size, which
 *     the run checks)
 * @param epochs E, the number of epochs to train, at least 1
 * @param mixing γ and how α adapts; not null; ignored by strategies that do not adapt
 * @param microBatch 0 to pass each batch through the network whole; otherwise the batch goes
 *     through in parts of at most this many examples whose gradients add up to the batch's before
 *     its one optimizer step (gradient accumulation: activation memory shrinks to about
 *     microBatch/M of the whole batch's; the result equals the whole batch's up to float rounding,
 *     except in layers that draw random numbers, such as dropout, whose masks are drawn part by
 *     part, and layers that look across the batch, such as batch norm)
 * @param weightDecay λ of AdamW's decoupled weight decay (each step first scales every parameter by
 *     1 − η·λ), at least 0; 0 is plain Adam
 * @param initialWeights one base network plus per-run noise to start from, or {@code null} to draw
 *     the initial weights from the run's seed
 */
public record TrainingSettings(
    double learningRate,
    int batchSize,
    int epochs,
    MixingSettings mixing,
    int microBatch,
    double weightDecay,
    InitialWeights initialWeights) {
  /**
   * Plain Adam from weights drawn from the run's seed.
   *
   * @param learningRate Adam's learning rate η, positive and finite
   * @param batchSize M, at least 1
   * @param epochs E, at least 1
   * @param mixing γ and how α adapts; not null
   * @param microBatch 0 for whole batches, otherwise the most examples passed through at once
   * @throws IllegalArgumentException as the canonical constructor
   */
  public TrainingSettings(
      double learningRate, int batchSize, int epochs, MixingSettings mixing, int microBatch) {
    this(learningRate, batchSize, epochs, mixing, microBatch, 0, null);
  }

  /**
   * Settings that pass each batch through whole (micro-batch 0).
   *
   * @param learningRate Adam's learning rate η, positive and finite
   * @param batchSize M, at least 1
   * @param epochs E, at least 1
   * @param mixing γ and how α adapts; not null
   * @throws IllegalArgumentException as the canonical constructor
   */
  public TrainingSettings(double learningRate, int batchSize, int epochs, MixingSettings mixing) {
    this(learningRate, batchSize, epochs, mixing, 0, 0, null);
  }

  /**
   * Validates the numbers.
   *
   * @param learningRate Adam's learning rate η, positive and finite
   * @param batchSize M, at least 1
   * @param epochs E, at least 1
   * @param mixing γ and how α adapts; not null
   * @param microBatch 0 for whole batches, otherwise the most examples passed through at once
   * @param weightDecay AdamW's λ, at least 0 and finite
   * @param initialWeights base network plus noise, or {@code null} for weights from the run's seed
   * @throws IllegalArgumentException if the learning rate is not positive and finite, the batch
   *     size or epochs are less than 1, the micro-batch is negative, the weight decay is negative
   *     or not finite, or {@code mixing} is null
   */
  public TrainingSettings {
    if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
      throw new IllegalArgumentException(
          "weight decay must be finite and >= 0, was " + weightDecay);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
    }
    if (microBatch < 0) {
      throw new IllegalArgumentException(
          "micro-batch size must be at least 1 (or 0 for whole batches), was " + microBatch);
    }
    if (mixing == null) {
      throw new IllegalArgumentException("mixing settings are required");
    }
  }

  /**
   * The same settings with AdamW's decoupled weight decay λ.
   *
   * @param lambda λ, at least 0 and finite
   * @return a copy with {@code lambda} as weight decay
   * @throws IllegalArgumentException if {@code lambda} is negative or not finite
   */
  public TrainingSettings withWeightDecay(double lambda) {
    return new TrainingSettings(
        learningRate, batchSize, epochs, mixing, microBatch, lambda, initialWeights);
  }

  /**
   * The same settings starting every run from {@code start}.
   *
   * @param start a base network plus per-run noise, or {@code null} for weights from the run's seed
   * @return a copy with {@code start} as initial weights
   */
  public TrainingSettings startingFrom(InitialWeights start) {
    return new TrainingSettings(
        learningRate, batchSize, epochs, mixing, microBatch, weightDecay, start);
  }

  /**
   * Whether batches are split into parts of {@link #microBatch} examples.
   *
   * @return true if the micro-batch is set and smaller than the batch size
   */
  public boolean splitsBatches() {
    return microBatch > 0 && microBatch < batchSize;
  }

  /**
   * How many test examples go through the network at once: the micro-batch when batches are split,
   * so evaluation never needs more memory than training, else the batch size.
   *
   * @return the evaluation chunk in examples, at least 1 (the evaluation caps it further)
   */
  public int evaluationChunk() {
    return splitsBatches() ? microBatch : batchSize;
  }
}
