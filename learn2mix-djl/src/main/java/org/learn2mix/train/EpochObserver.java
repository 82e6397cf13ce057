package org.learn2mix.train;

/** Told about every finished epoch of a run, e.g. to show progress or save results. */
@FunctionalInterface
public interface EpochObserver {
  /**
   * Called after the epoch's evaluation and after its progress was saved; for a resumed run, first
   * once for each restored epoch, in order.
   *
   * @param record what the epoch produced
   */
  void onEpoch(EpochRecord record);

  /**
   * An observer that does nothing.
   *
   * @return an observer that ignores every record
   */
  static EpochObserver none() {
    return record -> {};
  }
}
