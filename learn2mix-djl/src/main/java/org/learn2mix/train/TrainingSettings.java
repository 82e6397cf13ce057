package org.learn2mix.train;

import org.learn2mix.mixing.MixingSettings;

/**
 * The hyperparameters of one training run (optimizer Adam).
 *
 * @param learningRate Adam's learning rate η
 * @param batchSize M
 * @param epochs E
 * @param mixing γ and how α adapts; ignored by strategies that do not adapt
 */
public record TrainingSettings(
    double learningRate, int batchSize, int epochs, MixingSettings mixing) {
  /** Validates the numbers. */
  public TrainingSettings {
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
    }
    if (mixing == null) {
      throw new IllegalArgumentException("mixing settings are required");
    }
  }
}
