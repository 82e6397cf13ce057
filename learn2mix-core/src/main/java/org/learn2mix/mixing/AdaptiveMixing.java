package org.learn2mix.mixing;

import java.lang.System.Logger.Level;

/**
 * The state of learn2mix during training: current α and the class-wise losses that move it.
 *
 * <p>Feed it every training batch with {@link #observeBatch} and close each epoch with {@link
 * #closeEpoch}; it applies the update of SPEC section 2 on the configured schedule. Not
 * thread-safe: one instance belongs to one training run.
 */
public final class AdaptiveMixing {
  private static final System.Logger LOG = System.getLogger(AdaptiveMixing.class.getName());

  private final MixingSettings settings;
  private final ClassWiseLoss losses;
  private MixingProportions proportions;
  private double[] lastClassLosses;

  /**
   * Starts from {@code initial}, with no losses observed yet.
   *
   * @param initial α at the start, normally the data set's own mix α̃ ({@link
   *     MixingProportions#ofCounts}); its class count is the run's
   * @param settings the mixing rate γ, the loss signal and the update schedule
   */
  public AdaptiveMixing(MixingProportions initial, MixingSettings settings) {
    this.settings = settings;
    this.proportions = initial;
    this.losses = new ClassWiseLoss(initial.classCount(), settings.signal());
    this.lastClassLosses = new double[initial.classCount()];
  }

  /**
   * The settings in force.
   *
   * @return the settings given at construction
   */
  public MixingSettings settings() {
    return settings;
  }

  /**
   * Current α.
   *
   * @return the proportions after the latest update (immutable)
   */
  public MixingProportions proportions() {
    return proportions;
  }

  /**
   * The class-wise losses L of the last closed epoch.
   *
   * @return a copy, one loss per class; all zeros before the first {@link #closeEpoch()}
   */
  public double[] lastClassLosses() {
    return lastClassLosses.clone();
  }

  /**
   * Records one training batch's per-class mean losses; with {@link UpdateSchedule#PER_BATCH} α
   * moves right away.
   *
   * @param classMeanLoss per class, the mean per-example loss of that class's examples in the batch
   *     (ignored where the count is 0)
   * @param classCounts per class, the number of its examples in the batch
   * @throws IllegalArgumentException if either array's length is not the class count, or a present
   *     class's loss is negative or not finite
   */
  public void observeBatch(double[] classMeanLoss, int[] classCounts) {
    losses.addBatch(classMeanLoss, classCounts);
    if (settings.schedule() == UpdateSchedule.PER_BATCH) {
      move(losses.current());
    }
  }

  /**
   * Ends an epoch: computes L, moves α (per-epoch schedule) and returns L.
   *
   * @return the epoch's class-wise losses, one per class (a fresh array the caller may keep)
   */
  public double[] closeEpoch() {
    double[] epochLosses = losses.closeEpoch();
    if (settings.schedule() == UpdateSchedule.PER_EPOCH) {
      move(epochLosses);
    }
    lastClassLosses = epochLosses.clone();
    return epochLosses;
  }

  private void move(double[] classLosses) {
    if (settings.gamma() == 0) {
      return;
    }
    if (!MixingProportions.canMoveTowards(classLosses)) {
      LOG.log(
          Level.WARNING,
          "class-wise losses sum to zero or are not finite; mixing proportions left unchanged");
      return;
    }
    proportions = proportions.towards(classLosses, settings.gamma());
  }

  /**
   * The state at an epoch boundary, enough to continue exactly from here.
   *
   * @return α, the last epoch's L and the losses carried for classes absent from an epoch; taken
   *     between batches of an epoch it would lose the batches observed so far
   */
  public MixingState snapshot() {
    return new MixingState(proportions.toArray(), lastClassLosses.clone(), losses.carried());
  }

  /**
   * Continues from {@code state}, taken by {@link #snapshot()} at an epoch boundary. Losses
   * observed since the last closed epoch are discarded.
   *
   * @param state a snapshot of a run with the same number of classes
   * @throws IllegalArgumentException if the state has another number of classes, or its α is not a
   *     valid set of proportions
   */
  public void restore(MixingState state) {
    if (state.proportions().length != proportions.classCount()) {
      throw new IllegalArgumentException(
          "saved state has "
              + state.proportions().length
              + " classes, this run "
              + proportions.classCount());
    }
    proportions = MixingProportions.of(state.proportions());
    lastClassLosses = state.lastClassLosses().clone();
    losses.restoreCarried(state.carriedLosses());
  }
}
