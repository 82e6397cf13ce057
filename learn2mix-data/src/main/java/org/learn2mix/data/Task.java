package org.learn2mix.data;

/**
 * What a model learns, which fixes its per-example loss and its test metric (SPEC sections 4, 6).
 */
public enum Task {
  /** Predict the class; cross-entropy loss; test accuracy in percent. */
  CLASSIFICATION("test_accuracy", true),
  /** Predict numeric targets; squared error; test MSE per example on the raw scale. */
  REGRESSION("test_mse", false),
  /** Reproduce the input; squared error; per-image sum of squared errors. */
  RECONSTRUCTION("test_sse", false);

  private final String metric;
  private final boolean higherIsBetter;

  Task(String metric, boolean higherIsBetter) {
    this.metric = metric;
    this.higherIsBetter = higherIsBetter;
  }

  /**
   * The name of the test metric in result files.
   *
   * @return {@code test_accuracy}, {@code test_mse} or {@code test_sse}
   */
  public String metric() {
    return metric;
  }

  /**
   * Whether a larger metric is better.
   *
   * @return true for accuracy, false for the errors of regression and reconstruction
   */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }
}
