package org.learn2mix.data;

/**
 * Hears how far the reading of a folder of many files has come, so that a user interface can show
 * it. Readers call it from their worker threads, one call at a time, with counts that grow (by one
 * file or by several), the last call with {@code done == total}.
 */
@FunctionalInterface
public interface ReadProgress {
  /** Hears nothing. */
  ReadProgress NONE = (done, total) -> {};

  /**
   * More files are read.
   *
   * @param done the files read so far, from 1 to {@code total}
   * @param total the files to read in all
   */
  void filesRead(int done, int total);
}
