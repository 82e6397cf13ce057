package org.learn2mix.batching;

/**
 * One batch: the training-set indices of its examples and how many of each class it holds.
 *
 * @param indices example indices; an index may repeat when a pool is smaller than its allocation
 * @param classCounts examples per class, summing to {@code indices.length}
 */
public record Batch(int[] indices, int[] classCounts) {
  /** The number of examples. */
  public int size() {
    return indices.length;
  }
}
