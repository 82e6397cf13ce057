package org.learn2mix.data;

import java.util.Arrays;

/**
 * Features stored as one byte per value (an image's 8-bit pixels), a quarter of the memory of
 * floats, with the per-channel affine map that turns a byte into the feature a network sees:
 * feature = (byte / 255 − shift_c) / divisor_c, where c is the value's channel, the first axis of
 * an example's shape. The map is computed in double and rounded to float once per byte value
 * ({@link #table}), so every reader of the bytes, on the host or on an engine, gets the same floats
 * float storage would have held.
 *
 * <p>The array is held as given, not copied: whoever holds it must not change it.
 *
 * @param values all examples' bytes, example after example, each channel-major
 * @param shift per channel, subtracted from byte / 255, e.g. the channel's mean on the [0, 1] scale
 * @param divisor per channel, positive, e.g. the channel's standard deviation on the [0, 1] scale
 */
public record ByteFeatures(byte[] values, double[] shift, double[] divisor) {
  /** The number of byte values, 0 to 255. */
  public static final int LEVELS = 256;

  /**
   * Checks the map and copies its parameters.
   *
   * @param values all examples' bytes, example after example, each channel-major; held, not copied
   * @param shift per channel, finite; copied
   * @param divisor per channel, positive and finite, as many as {@code shift}; copied
   * @throws IllegalArgumentException if a parameter is missing, the two arrays differ in length or
   *     are empty, a shift is not finite or a divisor not positive and finite
   */
  public ByteFeatures {
    if (values == null || shift == null || divisor == null) {
      throw new IllegalArgumentException("byte features need values, shifts and divisors");
    }
    if (shift.length == 0 || shift.length != divisor.length) {
      throw new IllegalArgumentException(
          shift.length
              + " shifts and "
              + divisor.length
              + " divisors; give one of each per channel");
    }
    shift = shift.clone();
    divisor = divisor.clone();
    for (int c = 0; c < shift.length; c++) {
      if (!Double.isFinite(shift[c]) || !(divisor[c] > 0 && Double.isFinite(divisor[c]))) {
        throw new IllegalArgumentException(
            "channel " + c + ": shift " + shift[c] + " and divisor " + divisor[c] + " do not map");
      }
    }
  }

  /**
   * Number of channels, each with its own map.
   *
   * @return the length of {@link #shift()}, at least 1
   */
  public int channels() {
    return shift.length;
  }

  /**
   * The feature of every byte value of channel {@code channel}.
   *
   * @param channel the channel, 0 to {@link #channels()} − 1
   * @return 256 floats, entry v holding (v / 255 − shift) / divisor, computed in double and rounded
   *     once
   */
  public float[] table(int channel) {
    float[] table = new float[LEVELS];
    for (int v = 0; v < LEVELS; v++) {
      table[v] = (float) ((v / 255.0 - shift[channel]) / divisor[channel]);
    }
    return table;
  }

  /**
   * The features as floats, for readers that want them on the host (tests, small sets): the memory
   * of float storage, so not for large sets.
   *
   * @param valuesPerChannel how many consecutive values share a channel: an example's values per
   *     channel (height × width for an image)
   * @return one float per byte, decoded with its channel's {@link #table}
   * @throws IllegalArgumentException if the values are not whole examples of {@link #channels()}
   *     channels of {@code valuesPerChannel} values
   */
  public float[] decode(int valuesPerChannel) {
    int perExample = Math.multiplyExact(valuesPerChannel, channels());
    if (valuesPerChannel < 1 || values.length % perExample != 0) {
      throw new IllegalArgumentException(
          values.length + " bytes are not whole examples of " + perExample + " values");
    }
    float[][] tables = new float[channels()][];
    for (int c = 0; c < tables.length; c++) {
      tables[c] = table(c);
    }
    float[] features = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      features[i] = tables[(i / valuesPerChannel) % tables.length][values[i] & 0xff];
    }
    return features;
  }

  /**
   * The shifts.
   *
   * @return a fresh copy, one per channel
   */
  @Override
  public double[] shift() {
    return shift.clone();
  }

  /**
   * The divisors.
   *
   * @return a fresh copy, one per channel
   */
  @Override
  public double[] divisor() {
    return divisor.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ByteFeatures b
        && Arrays.equals(values, b.values)
        && Arrays.equals(shift, b.shift)
        && Arrays.equals(divisor, b.divisor);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(values) + Arrays.hashCode(shift)) + Arrays.hashCode(divisor);
  }

  @Override
  public String toString() {
    return "ByteFeatures[" + values.length + " bytes, " + channels() + " channels]";
  }
}
