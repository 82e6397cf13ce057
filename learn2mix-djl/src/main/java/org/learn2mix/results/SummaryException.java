package org.learn2mix.results;

/** A {@code summary.json} that cannot be read or does not say what is asked of it. */
public final class SummaryException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with a message and no underlying cause, e.g. a field that is missing.
   *
   * @param message one line naming the file and the problem
   */
  public SummaryException(String message) {
    super(message);
  }

  /**
   * A failure caused by another, e.g. an unreadable file or invalid JSON.
   *
   * @param message one line naming the file and the problem
   * @param cause the underlying failure
   */
  public SummaryException(String message, Throwable cause) {
    super(message, cause);
  }
}
