package org.learn2mix.mixing;

/**
 * What {@link AdaptiveMixing} needs to continue after an epoch boundary, e.g. from a checkpoint.
 *
 * @param proportions α
 * @param lastClassLosses L of the last closed epoch
 * @param carriedLosses per class the last observed L, NaN for a class never observed
 */
public record MixingState(double[] proportions, double[] lastClassLosses, double[] carriedLosses) {
  /** Copies the arrays. */
  public MixingState {
    proportions = proportions.clone();
    lastClassLosses = lastClassLosses.clone();
    carriedLosses = carriedLosses.clone();
  }
}
