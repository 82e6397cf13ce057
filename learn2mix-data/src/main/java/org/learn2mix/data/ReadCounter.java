package org.learn2mix.data;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the files a reader has finished, from any number of threads, and tells a {@link
 * ReadProgress} about every hundredth of them and the last, one call at a time and in order.
 */
public final class ReadCounter {
  private final ReadProgress progress;
  private final int total;
  private final int step;
  private final AtomicInteger done = new AtomicInteger();
  private int reported;

  /**
   * A counter of {@code total} files.
   *
   * @param progress hears of the count
   * @param total the files to read in all
   */
  public ReadCounter(ReadProgress progress, int total) {
    this.progress = progress;
    this.total = total;
    this.step = Math.max(1, total / 100);
  }

  /** One more file is finished; safe to call from any thread. */
  public void one() {
    int now = done.incrementAndGet();
    if (now % step == 0 || now == total) {
      synchronized (this) {
        if (now > reported) {
          reported = now;
          progress.filesRead(now, total);
        }
      }
    }
  }
}
