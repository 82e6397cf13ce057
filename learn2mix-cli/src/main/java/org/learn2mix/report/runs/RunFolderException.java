package org.learn2mix.report.runs;

import java.io.IOException;

/**
 * A folder that cannot be read back as a comparison's results: missing, without {@code epochs.csv}
 * or {@code summary.json}, or with content that is not what {@code compare} writes. The message is
 * one line that names the file and, where it helps, the line.
 */
public final class RunFolderException extends IOException {
  private static final long serialVersionUID = 1L;

  /** With a one-line message. */
  public RunFolderException(String message) {
    super(oneLine(message));
  }

  /** With the underlying cause, kept for {@code --verbose}. */
  public RunFolderException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
