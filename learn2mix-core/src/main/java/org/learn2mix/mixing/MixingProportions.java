package org.learn2mix.mixing;

import java.util.Arrays;

/**
 * The mixing proportions α: one non-negative share per class, summing to one. Immutable; {@link
 * #towards(double[], double)} returns the updated proportions.
 */
public final class MixingProportions {
  private static final double SIMPLEX_TOLERANCE = 1e-9;

  private final double[] shares;

  private MixingProportions(double[] shares) {
    this.shares = shares;
  }

  /**
   * Proportions given explicitly.
   *
   * @throws IllegalArgumentException if a share is negative or not finite, or they do not sum to 1
   */
  public static MixingProportions of(double... shares) {
    if (shares.length == 0) {
      throw new IllegalArgumentException("mixing proportions need at least one class");
    }
    double sum = 0;
    for (int i = 0; i < shares.length; i++) {
      if (!(shares[i] >= 0) || Double.isInfinite(shares[i])) {
        throw new IllegalArgumentException(
            "mixing proportion of class "
                + (i + 1)
                + " must be a finite share >= 0, was "
                + shares[i]);
      }
      sum += shares[i];
    }
    if (Math.abs(sum - 1.0) > SIMPLEX_TOLERANCE) {
      throw new IllegalArgumentException("mixing proportions must sum to 1, sum was " + sum);
    }
    return new MixingProportions(normalised(shares.clone(), sum));
  }

  /** The data set's own mix α̃: class counts over their total. */
  public static MixingProportions ofCounts(int[] classCounts) {
    double total = 0;
    for (int i = 0; i < classCounts.length; i++) {
      if (classCounts[i] < 0) {
        throw new IllegalArgumentException("class " + (i + 1) + " has a negative count");
      }
      total += classCounts[i];
    }
    if (classCounts.length == 0 || total == 0) {
      throw new IllegalArgumentException("cannot mix an empty training set");
    }
    double[] shares = new double[classCounts.length];
    for (int i = 0; i < shares.length; i++) {
      shares[i] = classCounts[i] / total;
    }
    return new MixingProportions(shares);
  }

  /** Equal shares for {@code k} classes. */
  public static MixingProportions uniform(int k) {
    double[] shares = new double[k];
    Arrays.fill(shares, 1.0 / k);
    return of(shares);
  }

  /** Number of classes. */
  public int classCount() {
    return shares.length;
  }

  /** The share of class {@code i} (0-based). */
  public double share(int i) {
    return shares[i];
  }

  /** A copy of all shares. */
  public double[] toArray() {
    return shares.clone();
  }

  /**
   * The learn2mix update α + γ·(L/ΣL − α).
   *
   * <p>Both points lie on the simplex, so the result does too; it is renormalised only to remove
   * floating-point drift. When ΣL is zero or not finite there is no direction to move in, and the
   * proportions are returned unchanged (callers report that; see {@link #canMoveTowards}).
   *
   * @param classLosses L, one non-negative loss per class
   * @param gamma mixing rate γ in [0, 1]; 0 leaves α unchanged
   */
  public MixingProportions towards(double[] classLosses, double gamma) {
    if (classLosses.length != shares.length) {
      throw new IllegalArgumentException(
          "expected " + shares.length + " class losses, got " + classLosses.length);
    }
    if (!(gamma >= 0 && gamma <= 1)) {
      throw new IllegalArgumentException("mixing rate gamma must be in [0, 1], was " + gamma);
    }
    if (!canMoveTowards(classLosses)) {
      return this;
    }
    double lossSum = sum(classLosses);
    double[] next = new double[shares.length];
    double total = 0;
    for (int i = 0; i < next.length; i++) {
      double target = classLosses[i] / lossSum;
      next[i] = Math.max(0.0, shares[i] + gamma * (target - shares[i]));
      total += next[i];
    }
    return new MixingProportions(normalised(next, total));
  }

  /**
   * Whether {@code classLosses} give a direction: every loss finite and non-negative, and their sum
   * positive.
   */
  public static boolean canMoveTowards(double[] classLosses) {
    for (double loss : classLosses) {
      if (!(loss >= 0) || Double.isInfinite(loss)) {
        return false;
      }
    }
    double s = sum(classLosses);
    return s > 0 && Double.isFinite(s);
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }

  private static double[] normalised(double[] values, double total) {
    for (int i = 0; i < values.length; i++) {
      values[i] /= total;
    }
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MixingProportions other && Arrays.equals(shares, other.shares);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(shares);
  }

  @Override
  public String toString() {
    return "MixingProportions" + Arrays.toString(shares);
  }
}
