package org.learn2mix.train;

import java.util.Optional;

/** Where a run keeps its progress between epochs, so that it can be resumed after a crash. */
public interface RunStore {
  /** The last saved progress, if any. */
  Optional<RunProgress> load();

  /** Saves progress after an epoch; must never leave a half-written state behind. */
  void save(RunProgress progress);

  /** A store that keeps nothing: the run cannot be resumed. */
  static RunStore none() {
    return new RunStore() {
      @Override
      public Optional<RunProgress> load() {
        return Optional.empty();
      }

      @Override
      public void save(RunProgress progress) {}
    };
  }
}
