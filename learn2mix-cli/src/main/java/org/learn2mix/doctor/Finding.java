package org.learn2mix.doctor;

import java.util.Objects;

/**
 * One thing the doctor has to say beyond the facts.
 *
 * @param kind whether it keeps learn2mix from working as it should, or is worth knowing
 * @param message one line: what is wrong and what to do
 */
public record Finding(Kind kind, String message) {
  /** Checks both are present. */
  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** How much a finding matters. */
  public enum Kind {
    /** Something is wrong: the doctor exits non-zero. */
    PROBLEM,
    /** Worth knowing, but nothing is wrong. */
    NOTE
  }

  /**
   * A problem.
   *
   * @param message what is wrong and what to do
   * @return the finding
   */
  public static Finding problem(String message) {
    return new Finding(Kind.PROBLEM, message);
  }

  /**
   * A note.
   *
   * @param message what is worth knowing
   * @return the finding
   */
  public static Finding note(String message) {
    return new Finding(Kind.NOTE, message);
  }

  /** Whether this is a problem. */
  public boolean isProblem() {
    return kind == Kind.PROBLEM;
  }
}
