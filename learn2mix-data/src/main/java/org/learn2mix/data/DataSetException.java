package org.learn2mix.data;

import java.io.IOException;

/**
 * A data file that is missing, damaged or not what it claims to be, or a data set that cannot be
 * found or downloaded.
 *
 * <p>The message is always one line that names the file or folder, says what is wrong and, where
 * there is one, how to fix it; the command line prints it as it is. Line breaks in the text (from
 * an underlying exception, say) are folded into spaces to keep that promise.
 */
public class DataSetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public DataSetException(String message) {
    super(oneLine(message));
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public DataSetException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  /** An archive that could not be read to its end. */
  public static DataSetException damagedArchive(Object archive, IOException e) {
    return new DataSetException(
        archive + ": damaged or truncated archive (" + reason(e) + "); download it again", e);
  }

  /** What an underlying exception says, for appending to a message: its type and its text. */
  public static String reason(Throwable e) {
    String text = e.getMessage();
    String type = e.getClass().getSimpleName();
    return text == null || text.isBlank() ? type : type + ": " + text;
  }

  private static String oneLine(String message) {
    return message == null ? null : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
