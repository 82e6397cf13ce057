package org.learn2mix.report.published;

import java.math.BigDecimal;

/**
 * A value as the paper prints it: mean ± standard deviation over its seeds, with the digits it
 * shows (so {@code 14.0 ± 0.52} keeps its trailing zero).
 *
 * @param mean the published mean
 * @param std the published standard deviation, not negative
 */
public record PublishedValue(BigDecimal mean, BigDecimal std) {
  /** Validates. */
  public PublishedValue {
    if (mean == null || std == null) {
      throw new IllegalArgumentException("a published value needs a mean and a std");
    }
    if (std.signum() < 0) {
      throw new IllegalArgumentException("a standard deviation cannot be negative, was " + std);
    }
  }

  /** Whether {@code value} lies within mean ± std, ends included. */
  public boolean contains(double value) {
    return value >= mean.subtract(std).doubleValue() && value <= mean.add(std).doubleValue();
  }

  /** As printed in the paper, e.g. {@code 1.81 ± 0.84}. */
  public String text() {
    return mean.toPlainString() + " ± " + std.toPlainString();
  }
}
