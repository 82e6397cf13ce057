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
   * @param shares one share per class, in class order; each finite and at least 0, together summing
   *     to 1 within 1e-9 (they are copied and divided by their sum to remove that rounding)
   * @return the proportions
   * @throws IllegalArgumentException if there is no share, a share is negative or not finite, or
   *     they do not sum to 1
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

  /**
   * The data set's own mix α̃: class counts over their total.
   *
   * @param classCounts the number of examples N_i of each class, each at least 0
   * @return α̃ with α̃_i = N_i / ΣN
   * @throws IllegalArgumentException if there is no class, a count is negative, or all are zero
   */
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

  /**
   * Equal shares for {@code k} classes.
   *
   * @param k the number of classes, at least 1
   * @return 1/k for every class
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public static MixingProportions uniform(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("mixing proportions need at least one class, got " + k);
    }
    double[] shares = new double[k];
    Arrays.fill(shares, 1.0 / k);
    return of(shares);
  }

  /**
   * Number of classes.
   *
   * @return k, at least 1
   */
  public int classCount() {
    return shares.length;
  }

  /**
   * The share of one class.
   *
   * @param i the class, 0-based
   * @return α_i, in [0, 1]
   * @throws IndexOutOfBoundsException if {@code i} is outside [0, {@link #classCount()})
   */
  public double share(int i) {
    return shares[i];
  }

  /**
   * A copy of all shares.
   *
   * @return a fresh array of k shares in class order, summing to 1 up to rounding
   */
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
   * @param gamma mixing rate γ in [0, 1]; 0 leaves α unchanged, 1 jumps to L/ΣL
   * @return the updated proportions, or these same proportions if {@code classLosses} give no
   *     direction
   * @throws IllegalArgumentException if the number of losses is not the class count, or γ is
   *     outside [0, 1] or NaN
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
   *
   * @param classLosses L, one loss per class
   * @return true if {@link #towards} would move in their direction, false if it would leave α
   *     unchanged
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

  /**
   * Equal to other proportions with exactly the same shares (no tolerance).
   *
   * @param o the object to compare with; null is never equal
   * @return true if {@code o} is a {@code MixingProportions} with bitwise-equal shares
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof MixingProportions other && Arrays.equals(shares, other.shares);
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return a hash of the shares
   */
  @Override
  public int hashCode() {
    return Arrays.hashCode(shares);
  }

  /**
   * The shares, for messages and debugging.
   *
   * @return e.g. {@code MixingProportions[0.25, 0.75]}
   */
  @Override
  public String toString() {
    return "MixingProportions" + Arrays.toString(shares);
  }
}
