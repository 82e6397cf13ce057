package org.learn2mix.train;

/** Told about every finished epoch of a run, e.g. to show progress or save results. */
@FunctionalInterface
public interface EpochObserver {
  /** Called after the epoch's evaluation. */
  void onEpoch(EpochRecord record);

  /** An observer that does nothing. */
  static EpochObserver none() {
    return record -> {};
  }
}
