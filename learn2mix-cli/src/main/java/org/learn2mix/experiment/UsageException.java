package org.learn2mix.experiment;

/**
 * The user asked for something that cannot be done as asked (a bad option value, an unknown preset,
 * an unusable folder). The message is shown as is, in one line, and the exit code is 2.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** With a message that names the culprit and how to fix it. */
  public UsageException(String message) {
    super(message);
  }

  /** With the underlying cause, kept for {@code --verbose}. */
  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
