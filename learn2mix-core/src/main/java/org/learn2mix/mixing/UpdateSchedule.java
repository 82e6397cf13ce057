package org.learn2mix.mixing;

/** When α moves. */
public enum UpdateSchedule {
  /** Once after every epoch (the published algorithm). */
  PER_EPOCH("per-epoch"),
  /** After every batch, as some of the reference scripts do. */
  PER_BATCH("per-batch");

  private final String label;

  UpdateSchedule(String label) {
    this.label = label;
  }

  /**
   * The name used on the command line and in result files.
   *
   * @return the label, e.g. {@code per-epoch}
   */
  public String label() {
    return label;
  }

  /**
   * The schedule called {@code label}.
   *
   * @param label a label as {@link #label()} returns it, e.g. {@code per-epoch}; case-sensitive
   * @return the schedule with that label
   * @throws IllegalArgumentException naming the known labels if none matches
   */
  public static UpdateSchedule fromLabel(String label) {
    for (UpdateSchedule s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown update schedule '" + label + "' (expected per-epoch or per-batch)");
  }
}
