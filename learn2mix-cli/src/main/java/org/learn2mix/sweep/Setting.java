package org.learn2mix.sweep;

import java.math.BigDecimal;

/**
 * One point of a sweep's grid: the hyperparameters a comparison is trained with.
 *
 * @param gamma the mixing rate γ, in (0, 1)
 * @param batchSize the batch size M, at least 1
 * @param learningRate the Adam learning rate, positive
 */
public record Setting(double gamma, int batchSize, double learningRate) {
  /** Validates. */
  public Setting {
    if (!(gamma > 0 && gamma < 1)) {
      throw new IllegalArgumentException("gamma must be in (0, 1), was " + gamma);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    if (!(learningRate > 0 && Double.isFinite(learningRate))) {
      throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
    }
  }

  /** The folder name of this setting: {@code g0.05-b32-lr0.001}. */
  public String id() {
    return "g" + plain(gamma) + "-" + withoutGamma();
  }

  /** The part of the name that γ-free strategies share: {@code b32-lr0.001}. */
  public String withoutGamma() {
    return "b" + batchSize + "-lr" + plain(learningRate);
  }

  /** The same setting with another γ. */
  Setting withGamma(double other) {
    return new Setting(other, batchSize, learningRate);
  }

  /** A number as plain decimals without trailing zeros: 0.001, not 1.0E-3. */
  public static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
