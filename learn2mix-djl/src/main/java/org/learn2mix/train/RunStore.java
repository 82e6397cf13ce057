package org.learn2mix.train;

import java.util.Optional;

/** Where a run keeps its progress between epochs, so that it can be resumed after a crash. */
public interface RunStore {
  /**
   * The last saved progress, if any.
   *
   * @return the progress of the last {@link #save}, possibly from an earlier process; empty if the
   *     run has not saved yet (it then starts from epoch 1)
   */
  Optional<RunProgress> load();

  /**
   * Saves progress after an epoch, replacing what was saved before; must never leave a half-written
   * state behind. Failures are unchecked (e.g. {@link java.io.UncheckedIOException}) and end the
   * run.
   *
   * @param progress the run's state after its latest epoch
   */
  void save(RunProgress progress);

  /**
   * A store that keeps nothing: the run cannot be resumed.
   *
   * @return a store whose {@code load} is always empty and whose {@code save} does nothing
   */
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
