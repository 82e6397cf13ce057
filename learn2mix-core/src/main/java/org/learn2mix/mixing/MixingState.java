package org.learn2mix.mixing;

/**
 * What {@link AdaptiveMixing} needs to continue after an epoch boundary, e.g. from a checkpoint.
 *
 * <p>The three arrays have one entry per class, in class order. The constructor copies them; the
 * accessors return the stored arrays themselves, which callers must not modify.
 *
 * @param proportions α, the shares summing to 1
 * @param lastClassLosses L of the last closed epoch; all zeros before the first
 * @param carriedLosses per class the L of the last epoch it appeared in, NaN for a class never
 *     observed
 */
public record MixingState(double[] proportions, double[] lastClassLosses, double[] carriedLosses) {
  /**
   * Copies the arrays, so later changes to the caller's arrays do not reach the state.
   *
   * @param proportions α, one share per class
   * @param lastClassLosses L of the last closed epoch, one per class
   * @param carriedLosses the carried L per class, NaN where never observed
   * @throws NullPointerException if an array is null
   */
  public MixingState {
    proportions = proportions.clone();
    lastClassLosses = lastClassLosses.clone();
    carriedLosses = carriedLosses.clone();
  }
}
