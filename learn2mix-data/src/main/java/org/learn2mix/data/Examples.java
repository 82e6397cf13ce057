package org.learn2mix.data;

/**
 * A set of examples held on the host, ready to be moved to the engine once.
 *
 * @param features all examples' features, example after example
 * @param exampleShape the shape of one example's features, e.g. {@code {10}} or {@code {1,28,28}}
 * @param targets regression targets, {@code targetWidth} per example; {@code null} when the target
 *     is the class (classification) or the input (reconstruction)
 * @param targetWidth number of targets per example (0 when {@code targets} is null)
 * @param classes the mixing class of every example, 0-based
 */
public record Examples(
    float[] features, long[] exampleShape, float[] targets, int targetWidth, int[] classes) {
  /** Checks that the arrays agree in length. */
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

  /** Number of examples. */
  public int size() {
    return classes.length;
  }

  /** Number of feature values per example. */
  public int featureCount() {
    return (int) featuresPerExample(exampleShape);
  }

  /** How many examples each of {@code k} classes has. */
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
