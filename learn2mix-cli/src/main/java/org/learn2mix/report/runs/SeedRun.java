package org.learn2mix.report.runs;

/**
 * One finished run (one strategy, one seed) as {@code epochs.csv} records it; index {@code e - 1}
 * holds epoch e. The arrays are shared, not copied: treat them as read-only.
 *
 * @param seed the run's seed
 * @param testMetric the test metric after each epoch
 * @param seconds training seconds of each epoch
 * @param alpha the mixing proportions after each epoch's update, {@code [epoch][class]}
 * @param classTestMetric the test metric of each class after each epoch, {@code [epoch][class]}
 */
public record SeedRun(
    long seed,
    double[] testMetric,
    double[] seconds,
    double[][] alpha,
    double[][] classTestMetric) {

  /** Checks that every array covers the same epochs. */
  public SeedRun {
    int epochs = testMetric.length;
    if (seconds.length != epochs || alpha.length != epochs || classTestMetric.length != epochs) {
      throw new IllegalArgumentException("columns of seed " + seed + " cover different epochs");
    }
  }

  /** The number of epochs recorded. */
  public int epochs() {
    return testMetric.length;
  }
}
