package org.learn2mix.data;

/**
 * A set of examples held on the host, ready to be moved to the engine once.
 *
 * <p>The arrays are held as given, not copied, and the accessors return them as they are, since a
 * set of examples can be large: whoever holds them must not change them.
 *
 * <p>Features are stored as floats, or as one byte per value with a per-channel map to the floats
 * ({@link ByteFeatures}, for images: a quarter of the memory, on the host and on the engine).
 * Exactly one of {@code features} and {@code bytes} is set.
 *
 * @param features all examples' features, example after example; {@code null} when they are stored
 *     as {@code bytes}
 * @param exampleShape the shape of one example's features, e.g. {@code {10}} or {@code {1,28,28}}
 * @param targets regression targets, {@code targetWidth} per example; {@code null} when the target
 *     is the class (classification) or the input (reconstruction)
 * @param targetWidth number of targets per example (0 when {@code targets} is null)
 * @param classes the mixing class of every example, 0-based; its length is the number of examples
 * @param bytes the features stored as bytes, channel = first axis of {@code exampleShape}; {@code
 *     null} when they are stored as {@code features}
 */
public record Examples(
    float[] features,
    long[] exampleShape,
    float[] targets,
    int targetWidth,
    int[] classes,
    ByteFeatures bytes) {
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
   * @param bytes the features stored as bytes, one channel per entry of the first axis of {@code
   *     exampleShape}, or null when {@code features} holds them
   * @throws IllegalArgumentException if not exactly one of {@code features} and {@code bytes} is
   *     set, if they do not hold one example's features per class entry, if {@code bytes} does not
   *     have one channel per entry of the first axis of {@code exampleShape}, if only one of {@code
   *     targets} and {@code targetWidth} is set, or if {@code targets} does not hold {@code
   *     targetWidth} values per example
   */
  public Examples {
    if ((features == null) == (bytes == null)) {
      throw new IllegalArgumentException("give the features as floats or as bytes, one of them");
    }
    long perExample = featuresPerExample(exampleShape);
    long stored = features != null ? features.length : bytes.values().length;
    if (perExample * classes.length != stored) {
      throw new IllegalArgumentException(
          "features hold "
              + stored
              + " values, expected "
              + classes.length
              + " examples of "
              + perExample);
    }
    if (bytes != null && (exampleShape.length == 0 || exampleShape[0] != bytes.channels())) {
      throw new IllegalArgumentException(
          "byte features have "
              + bytes.channels()
              + " channels but the example shape's first axis is "
              + (exampleShape.length == 0 ? "missing" : String.valueOf(exampleShape[0])));
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
   * Examples whose features are floats.
   *
   * @param features all examples' features, example after example
   * @param exampleShape the shape of one example's features
   * @param targets regression targets, {@code targetWidth} per example, or null
   * @param targetWidth number of targets per example; 0 exactly when {@code targets} is null
   * @param classes the mixing class of every example, 0-based
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Examples(
      float[] features, long[] exampleShape, float[] targets, int targetWidth, int[] classes) {
    this(features, exampleShape, targets, targetWidth, classes, null);
  }

  /**
   * Examples for classification whose features are stored as bytes.
   *
   * @param bytes the features, one channel per entry of the first axis of {@code exampleShape}
   * @param exampleShape the shape of one example's features, channels first, e.g. {@code {1, 28,
   *     28}}
   * @param classes the mixing class of every example, 0-based
   * @return the examples, without regression targets
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static Examples ofBytes(ByteFeatures bytes, long[] exampleShape, int[] classes) {
    return new Examples(null, exampleShape, null, 0, classes, bytes);
  }

  /**
   * Whether the features are stored as bytes.
   *
   * @return true if {@link #bytes()} holds them, false if {@link #features()} does
   */
  public boolean storedAsBytes() {
    return bytes != null;
  }

  /**
   * The features as floats, decoded from bytes where they are stored so (a fresh array, with the
   * memory of float storage).
   *
   * @return {@link #features()} itself, or the decoded bytes
   */
  public float[] decodedFeatures() {
    return bytes == null
        ? features
        : bytes.decode((int) (featuresPerExample(exampleShape) / exampleShape[0]));
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
