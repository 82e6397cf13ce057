package org.learn2mix.mixing;

/**
 * How α adapts.
 *
 * @param gamma mixing rate γ in [0, 1): the fraction of the way from α toward L/ΣL taken at each
 *     update; 0 freezes α (the {@code fixed-mix} strategy)
 * @param signal which batches form the class-wise losses; not null
 * @param schedule when α moves; not null
 * @param allocation how a batch's examples are shared out among the classes from α; not null
 */
public record MixingSettings(
    double gamma, LossSignal signal, UpdateSchedule schedule, AllocationRule allocation) {
  /**
   * Validates the settings.
   *
   * @param gamma mixing rate γ, in [0, 1)
   * @param signal which batches form the class-wise losses
   * @param schedule when α moves
   * @param allocation how a batch's examples are shared out among the classes
   * @throws IllegalArgumentException if γ is outside [0, 1) or NaN, or the signal, schedule or
   *     allocation is null
   */
  public MixingSettings {
    if (!(gamma >= 0 && gamma < 1)) {
      throw new IllegalArgumentException("mixing rate gamma must be in [0, 1), was " + gamma);
    }
    if (signal == null || schedule == null || allocation == null) {
      throw new IllegalArgumentException("signal, schedule and allocation are required");
    }
  }

  /**
   * Settings that allocate by the largest-remainder method, as SPEC section 3 says.
   *
   * @param gamma mixing rate γ, in [0, 1)
   * @param signal which batches form the class-wise losses
   * @param schedule when α moves
   * @throws IllegalArgumentException if γ is outside [0, 1) or NaN, or the signal or schedule is
   *     null
   */
  public MixingSettings(double gamma, LossSignal signal, UpdateSchedule schedule) {
    this(gamma, signal, schedule, AllocationRule.LARGEST_REMAINDER);
  }

  /**
   * The same settings with another allocation rule.
   *
   * @param rule how a batch's examples are shared out among the classes; not null
   * @return settings with this γ, signal and schedule and {@code rule}
   * @throws IllegalArgumentException if {@code rule} is null
   */
  public MixingSettings allocatingBy(AllocationRule rule) {
    return new MixingSettings(gamma, signal, schedule, rule);
  }

  /**
   * The published defaults: epoch-mean signal, one update per epoch.
   *
   * @param gamma mixing rate γ in [0, 1)
   * @return settings with γ, {@link LossSignal#EPOCH_MEAN} and {@link UpdateSchedule#PER_EPOCH}
   * @throws IllegalArgumentException if γ is outside [0, 1) or NaN
   */
  public static MixingSettings of(double gamma) {
    return new MixingSettings(gamma, LossSignal.EPOCH_MEAN, UpdateSchedule.PER_EPOCH);
  }

  /**
   * The same settings with γ = 0: α never moves.
   *
   * @return settings with this signal, schedule and allocation and a mixing rate of 0
   */
  public MixingSettings frozen() {
    return new MixingSettings(0.0, signal, schedule, allocation);
  }
}
