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

  /**
   * A problem described by {@code message}.
   *
   * @param message what is wrong, naming the file or folder and, where there is one, the fix;
   *     surrounding blanks are stripped and line breaks folded into spaces; null leaves the
   *     exception without a message
   */
  public DataSetException(String message) {
    super(oneLine(message));
  }

  /**
   * A problem described by {@code message}, caused by {@code cause}.
   *
   * @param message what is wrong, as for {@link #DataSetException(String)}
   * @param cause the underlying exception, kept as the cause for debugging; may be null
   */
  public DataSetException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  /**
   * The exception for an archive that could not be read to its end: its message says the archive is
   * damaged or truncated and should be downloaded again.
   *
   * @param archive the archive, named in the message by its {@code toString()} (usually a {@link
   *     java.nio.file.Path})
   * @param e what reading the archive threw; it becomes the cause, and its type and text go into
   *     the message
   * @return the exception, for the caller to throw
   */
  public static DataSetException damagedArchive(Object archive, IOException e) {
    return new DataSetException(
        archive + ": damaged or truncated archive (" + reason(e) + "); download it again", e);
  }

  /**
   * What an underlying exception says, for appending to a message: its type and its text.
   *
   * @param e the underlying exception
   * @return its simple class name, followed by {@code ": "} and its message when that is not null
   *     or blank, e.g. {@code AccessDeniedException: /data/mnist}
   */
  public static String reason(Throwable e) {
    String text = e.getMessage();
    String type = e.getClass().getSimpleName();
    return text == null || text.isBlank() ? type : type + ": " + text;
  }

  private static String oneLine(String message) {
    return message == null ? null : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
