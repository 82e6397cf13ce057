package org.learn2mix.data;

/**
 * A set of examples held on the host, ready to be moved to the engine once.
 *
 * <p>The arrays are held as given, not copied, and the accessors return them as they are, since a
 * set of examples can be large: whoever holds them must not change them.
 *
 * @param features all examples' features, example after example
 * @param exampleShape the shape of one example's features, e.g. {@code {10}} or {@code {1,28,28}}
 * @param targets regression targets, {@code targetWidth} per example; {@code null} when the target
 *     is the class (classification) or the input (reconstruction)
 * @param targetWidth number of targets per example (0 when {@code targets} is null)
 * @param classes the mixing class of every example, 0-based; its length is the number of examples
 */
public record Examples(
    float[] features, long[] exampleShape, float[] targets, int targetWidth, int[] classes) {
  /**
   * Checks that the arrays agree in length.
   *
   * @param features all examples' features, example after example, {@link #featureCount()} values
   *     per example
   * @param exampleShape the shape of one example's features; the product of its dimensions is the
   *     number of features per example
   * @param targets regression targets, {@code targetWidth} per example, or null when the target is
   *     the class or the input
   * @param targetWidth number of targets per example; 0 exactly when {@code targets} is null
   * @param classes the mixing class of every example, 0-based
   * @throws IllegalArgumentException if {@code features} does not hold one example's features per
   *     class entry, if only one of {@code targets} and {@code targetWidth} is set, or if {@code
   *     targets} does not hold {@code targetWidth} values per example
   */
  public Examples {
    long perExample = featuresPerExample(exampleShape);
    if (perExample * classes.length != features.length) {
      throw new IllegalArgumentException(
          "features hold "
              + features.length
              + " values, expected "
              + classes.length
              + " examples of "
              + perExample);
    }
    if ((targets == null) != (targetWidth == 0)) {
      throw new IllegalArgumentException("targets and targetWidth must both be set or both unset");
    }
    if (targets != null && (long) targetWidth * classes.length != targets.length) {
      throw new IllegalArgumentException(
          "targets hold " + targets.length + " values, expected " + classes.length + " examples");
    }
  }

  /**
   * Number of examples.
   *
   * @return the length of {@link #classes()}, 0 or more
   */
  public int size() {
    return classes.length;
  }

  /**
   * Number of feature values per example.
   *
   * @return the product of the dimensions of {@link #exampleShape()}, e.g. 784 for {@code {1, 28,
   *     28}}
   */
  public int featureCount() {
    return (int) featuresPerExample(exampleShape);
  }

  /**
   * How many examples each of {@code k} classes has.
   *
   * @param k number of classes; must exceed every class in {@link #classes()}
   * @return a fresh array of {@code k} counts, entry c holding the number of examples of class c (0
   *     for a class without examples)
   */
  public int[] classCounts(int k) {
    int[] counts = new int[k];
    for (int c : classes) {
      counts[c]++;
    }
    return counts;
  }

  private static long featuresPerExample(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }
}
