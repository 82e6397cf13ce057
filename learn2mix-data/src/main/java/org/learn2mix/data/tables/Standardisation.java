package org.learn2mix.data.tables;

/**
 * Per-feature mean and population standard deviation (ddof = 0, as scikit-learn's {@code
 * StandardScaler}) of some rows, to scale every example with: (x − mean) / std. A feature that is
 * constant in those rows gets std 1, so it is only centred.
 *
 * @param mean each feature's mean
 * @param std each feature's standard deviation, 1 where it was 0
 */
public record Standardisation(double[] mean, double[] std) {
  /**
   * Copies the arrays and checks they match.
   *
   * @param mean each feature's mean
   * @param std each feature's standard deviation, not 0
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public Standardisation {
    mean = mean.clone();
    std = std.clone();
    if (mean.length != std.length) {
      throw new IllegalArgumentException(mean.length + " means for " + std.length + " stds");
    }
  }

  /**
   * The statistics of {@code features} over {@code rows}.
   *
   * @param features for each feature, its value in every example
   * @param rows the examples the statistics come from, at least one
   * @return the statistics
   */
  public static Standardisation of(double[][] features, int[] rows) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("no rows to take statistics from");
    }
    double[] mean = new double[features.length];
    double[] std = new double[features.length];
    for (int f = 0; f < features.length; f++) {
      double sum = 0;
      for (int n : rows) {
        sum += features[f][n];
      }
      mean[f] = sum / rows.length;
      double squares = 0;
      for (int n : rows) {
        double d = features[f][n] - mean[f];
        squares += d * d;
      }
      double sd = Math.sqrt(squares / rows.length);
      std[f] = sd > 0 ? sd : 1;
    }
    return new Standardisation(mean, std);
  }

  /**
   * The number of features.
   *
   * @return how many features the statistics cover
   */
  public int featureCount() {
    return mean.length;
  }

  /**
   * Standardises one value.
   *
   * @param f the feature, 0-based
   * @param value its raw value
   * @return (value − mean) / std, as a float
   */
  public float apply(int f, double value) {
    return (float) ((value - mean[f]) / std[f]);
  }

  /**
   * The means.
   *
   * @return a copy of each feature's mean
   */
  @Override
  public double[] mean() {
    return mean.clone();
  }

  /**
   * The standard deviations.
   *
   * @return a copy of each feature's standard deviation, 1 where it was 0
   */
  @Override
  public double[] std() {
    return std.clone();
  }
}
