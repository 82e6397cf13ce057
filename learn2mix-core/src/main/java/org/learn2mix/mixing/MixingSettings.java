package org.learn2mix.mixing;

/**
 * How α adapts.
 *
 * @param gamma mixing rate γ in [0, 1); 0 freezes α (the {@code fixed-mix} strategy)
 * @param signal which batches form the class-wise losses
 * @param schedule when α moves
 */
public record MixingSettings(double gamma, LossSignal signal, UpdateSchedule schedule) {
  /** Validates γ. */
  public MixingSettings {
    if (!(gamma >= 0 && gamma < 1)) {
      throw new IllegalArgumentException("mixing rate gamma must be in [0, 1), was " + gamma);
    }
    if (signal == null || schedule == null) {
      throw new IllegalArgumentException("signal and schedule are required");
    }
  }

  /** The published defaults: epoch-mean signal, one update per epoch. */
  public static MixingSettings of(double gamma) {
    return new MixingSettings(gamma, LossSignal.EPOCH_MEAN, UpdateSchedule.PER_EPOCH);
  }

  /** The same settings with γ = 0: α never moves. */
  public MixingSettings frozen() {
    return new MixingSettings(0.0, signal, schedule);
  }
}
