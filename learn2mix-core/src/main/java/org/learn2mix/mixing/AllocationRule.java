package org.learn2mix.mixing;

/** How a batch's examples are shared out among the classes from α (SPEC section 3). */
public enum AllocationRule {
  /** {@link Allocation#largestRemainder}: exactly M examples, each n_i within one of α_i·M. */
  LARGEST_REMAINDER("largest-remainder"),
  /**
   * {@link Allocation#truncated}: ⌊α_i·M⌋ examples of class i, so a batch can be a few examples
   * short of M and a class with α_i·M &lt; 1 gets none.
   */
  TRUNCATION("truncation");

  private final String label;

  AllocationRule(String label) {
    this.label = label;
  }

  /**
   * The name used in result files.
   *
   * @return the label, e.g. {@code truncation}
   */
  public String label() {
    return label;
  }

  /**
   * One batch's example count per class under this rule.
   *
   * @param alpha the proportions α
   * @param batchSize M, at least 0
   * @return one count per class, each at least 0, summing to at most {@code batchSize}
   * @throws IllegalArgumentException if {@code batchSize} is negative
   */
  public int[] counts(MixingProportions alpha, int batchSize) {
    return this == LARGEST_REMAINDER
        ? Allocation.largestRemainder(alpha, batchSize)
        : Allocation.truncated(alpha, batchSize);
  }

  /**
   * The rule called {@code label}.
   *
   * @param label a label as {@link #label()} returns it; case-sensitive
   * @return the rule with that label
   * @throws IllegalArgumentException naming the known labels if none matches
   */
  public static AllocationRule fromLabel(String label) {
    for (AllocationRule r : values()) {
      if (r.label.equals(label)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown allocation '" + label + "' (expected largest-remainder or truncation)");
  }
}
