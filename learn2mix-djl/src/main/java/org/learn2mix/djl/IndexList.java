package org.learn2mix.djl;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Example indices as the {@code List<Long>} DJL expects, backed by an {@code int[]} so that a batch
 * of indices costs one array, not one object per example.
 */
final class IndexList extends AbstractList<Long> implements RandomAccess {
  private final int[] indices;

  IndexList(int[] indices) {
    this.indices = indices;
  }

  @Override
  public Long get(int i) {
    return (long) indices[i];
  }

  @Override
  public int size() {
    return indices.length;
  }

  /** The indices of any list DJL hands back, without copying when it is an {@code IndexList}. */
  static int[] toIntArray(List<?> list) {
    if (list instanceof IndexList own) {
      return own.indices;
    }
    int[] indices = new int[list.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = Math.toIntExact(((Number) list.get(i)).longValue());
    }
    return indices;
  }
}
