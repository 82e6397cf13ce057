package org.learn2mix.results;

/**
 * Mean and population standard deviation (ddof = 0, as published) of some values.
 *
 * @param mean the arithmetic mean, in the values' unit
 * @param std the population standard deviation, in the values' unit; 0 for a single value
 */
public record MeanStd(double mean, double std) {
  /**
   * The mean and population standard deviation of some values.
   *
   * @param values the values, at least one; a NaN among them makes both results NaN
   * @return mean and std, √(Σ(v − mean)² / n)
   * @throws IllegalArgumentException if {@code values} is empty
   */
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
