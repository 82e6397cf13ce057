package org.learn2mix.train;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How batches are drawn and whether the mixing proportions adapt (SPEC section 5). */
public enum Strategy {
  /** Batches composed from α, which moves toward the classes with the highest loss. */
  LEARN2MIX("learn2mix"),
  /** One random permutation of the training set per epoch, cut into batches. */
  CLASSICAL("classical"),
  /** Batches composed from the data set's own mix α̃, which never moves: stratified batches. */
  FIXED_MIX("fixed-mix");

  private final String label;

  Strategy(String label) {
    this.label = label;
  }

  /** The name used on the command line and in result files. */
  public String label() {
    return label;
  }

  /** Whether batches are composed class by class from α. */
  public boolean composesByClass() {
    return this != CLASSICAL;
  }

  /** Whether α moves during training. */
  public boolean adapts() {
    return this == LEARN2MIX;
  }

  /**
   * The strategy called {@code label}.
   *
   * @throws IllegalArgumentException naming the known strategies if there is none
   */
  public static Strategy fromLabel(String label) {
    for (Strategy s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown strategy '" + label + "' (known: " + labels() + ")");
  }

  /** All strategy names, comma-separated. */
  public static String labels() {
    return Arrays.stream(values()).map(Strategy::label).collect(Collectors.joining(", "));
  }
}
