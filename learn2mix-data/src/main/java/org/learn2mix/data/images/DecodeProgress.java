package org.learn2mix.data.images;

/**
 * Hears how far the decoding of an image folder has got. Decoding runs on all processors, so the
 * calls come from several threads, one at a time and with {@code done} increasing.
 */
@FunctionalInterface
public interface DecodeProgress {
  /**
   * Some images more are decoded.
   *
   * @param done images decoded so far
   * @param total images to decode in all
   */
  void decoded(int done, int total);

  /**
   * Progress nobody hears.
   *
   * @return a progress that does nothing
   */
  static DecodeProgress none() {
    return (done, total) -> {};
  }
}
