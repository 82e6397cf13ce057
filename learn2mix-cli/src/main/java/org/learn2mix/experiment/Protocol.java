package org.learn2mix.experiment;

/**
 * Whose choices a preset follows where the paper's text and the authors' public scripts differ
 * (README, "Reproducing the published experiments").
 */
public enum Protocol {
  /** The paper's text (SPEC section 7): today's behaviour and the default. */
  PAPER("paper"),
  /**
   * The authors' scripts, as far as each preset declares them: data preparation, initialisation,
   * optimizer, update schedule and signal, γ, allocation and the baseline they call classical.
   */
  REFERENCE_CODE("reference-code");

  private final String label;

  Protocol(String label) {
    this.label = label;
  }

  /** The name used on the command line and in summary.json. */
  public String label() {
    return label;
  }

  /**
   * The protocol called {@code label}.
   *
   * @throws UsageException naming the known protocols if none matches
   */
  public static Protocol fromLabel(String label) {
    for (Protocol p : values()) {
      if (p.label.equals(label)) {
        return p;
      }
    }
    throw new UsageException("unknown protocol '" + label + "' (expected paper or reference-code)");
  }
}
