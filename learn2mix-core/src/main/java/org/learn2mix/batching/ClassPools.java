package org.learn2mix.batching;

import java.util.Arrays;

/** The training set's example indices grouped by class: pools J_1..J_k. */
public final class ClassPools {
  private final int[] classOf;
  private final int[][] pools;

  private ClassPools(int[] classOf, int[][] pools) {
    this.classOf = classOf;
    this.pools = pools;
  }

  /**
   * Groups examples by class.
   *
   * @param classOf the class (0-based) of each example, in example order; copied
   * @param k the number of classes, at least 1
   * @return the pools, J_c holding the indices of class c in ascending order
   * @throws IllegalArgumentException if {@code k < 1}, a class is outside [0, k), or a class has no
   *     example
   */
  public static ClassPools of(int[] classOf, int k) {
    int[][] pools = indicesByClass(classOf, k);
    for (int c = 0; c < k; c++) {
      if (pools[c].length == 0) {
        throw new IllegalArgumentException(
            "class " + (c + 1) + " has no training examples; every class needs at least one");
      }
    }
    return new ClassPools(classOf.clone(), pools);
  }

  /**
   * The indices of each class's examples, ascending; a class without examples gets an empty array.
   *
   * @param classOf the class (0-based) of each example, in example order
   * @param k the number of classes, at least 1
   * @return k fresh arrays, the c-th holding the indices n with {@code classOf[n] == c}
   * @throws IllegalArgumentException if {@code k < 1} or a class is outside [0, k)
   */
  public static int[][] indicesByClass(int[] classOf, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("need at least one class, got " + k);
    }
    int[] counts = new int[k];
    for (int n = 0; n < classOf.length; n++) {
      int c = classOf[n];
      if (c < 0 || c >= k) {
        throw new IllegalArgumentException(
            "example " + n + " has class " + (c + 1) + ", outside 1.." + k);
      }
      counts[c]++;
    }
    int[][] pools = new int[k][];
    for (int c = 0; c < k; c++) {
      pools[c] = new int[counts[c]];
    }
    int[] filled = new int[k];
    for (int n = 0; n < classOf.length; n++) {
      pools[classOf[n]][filled[classOf[n]]++] = n;
    }
    return pools;
  }

  /**
   * Number of classes k.
   *
   * @return k, at least 1
   */
  public int classCount() {
    return pools.length;
  }

  /**
   * Number of examples N.
   *
   * @return N, at least k
   */
  public int exampleCount() {
    return classOf.length;
  }

  /**
   * The class of one example.
   *
   * @param n the example's index, in [0, N)
   * @return its class, 0-based
   * @throws IndexOutOfBoundsException if {@code n} is outside [0, N)
   */
  public int classOf(int n) {
    return classOf[n];
  }

  /**
   * N_i for every class.
   *
   * @return a fresh array of k pool sizes, each at least 1, summing to N
   */
  public int[] sizes() {
    int[] sizes = new int[pools.length];
    for (int c = 0; c < pools.length; c++) {
      sizes[c] = pools[c].length;
    }
    return sizes;
  }

  /**
   * A copy of pool J_c, in ascending index order.
   *
   * @param c the class, 0-based
   * @return the indices of class c's examples, a fresh array
   * @throws IndexOutOfBoundsException if {@code c} is outside [0, k)
   */
  public int[] pool(int c) {
    return pools[c].clone();
  }

  /**
   * How many examples of each class are among {@code indices}.
   *
   * @param indices example indices in [0, N); a repeated index counts every time
   * @return k counts, summing to {@code indices.length}
   * @throws IndexOutOfBoundsException if an index is outside [0, N)
   */
  public int[] countClasses(int[] indices) {
    int[] counts = new int[pools.length];
    for (int n : indices) {
      counts[classOf[n]]++;
    }
    return counts;
  }

  /**
   * The pool sizes, for messages and debugging.
   *
   * @return e.g. {@code ClassPools[120, 30]}
   */
  @Override
  public String toString() {
    return "ClassPools" + Arrays.toString(sizes());
  }
}
