package org.learn2mix.mixing;

/** Which batches of an epoch make up the class-wise losses L that move α. */
public enum LossSignal {
  /** The mean over all batches of the epoch in which the class appeared (paper Eq. 10). */
  EPOCH_MEAN("epoch-mean"),
  /** Only the last batch in which the class appeared, as the reference code does. */
  LAST_BATCH("last-batch");

  private final String label;

  LossSignal(String label) {
    this.label = label;
  }

  /**
   * The name used on the command line and in result files.
   *
   * @return the label, e.g. {@code epoch-mean}
   */
  public String label() {
    return label;
  }

  /**
   * The signal called {@code label}.
   *
   * @param label a label as {@link #label()} returns it, e.g. {@code epoch-mean}; case-sensitive
   * @return the signal with that label
   * @throws IllegalArgumentException naming the known labels if none matches
   */
  public static LossSignal fromLabel(String label) {
    for (LossSignal s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown loss signal '" + label + "' (expected epoch-mean or last-batch)");
  }
}
