package org.learn2mix.results;

/**
 * Mean and population standard deviation (ddof = 0, as published) of some values.
 *
 * @param mean the mean
 * @param std the population standard deviation
 */
public record MeanStd(double mean, double std) {
  /** Of {@code values}, which must not be empty. */
  public static MeanStd of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to summarise");
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return new MeanStd(mean, Math.sqrt(squares / values.length));
  }
}
