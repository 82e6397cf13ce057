package org.learn2mix.batching;

/**
 * One batch: the training-set indices of its examples and how many of each class it holds. The
 * arrays are held as given, not copied.
 *
 * @param indices example indices into the training set, in the order the examples enter the batch;
 *     an index may repeat when a pool is smaller than its allocation
 * @param classCounts examples per class (0-based class order), summing to {@code indices.length}
 */
public record Batch(int[] indices, int[] classCounts) {
  /**
   * The number of examples.
   *
   * @return the length of {@link #indices()}: M for every batch a {@link BatchSource} hands out,
   *     except under truncating allocation, where it can be fewer
   */
  public int size() {
    return indices.length;
  }
}
