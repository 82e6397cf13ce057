package org.learn2mix.report.runs;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.learn2mix.results.SummaryJson;

/**
 * Reads a comparison's folder ({@code epochs.csv} and {@code summary.json}, as {@code compare}
 * writes them) back into a {@link RunData}, checking it on the way: every run must have every epoch
 * exactly once, every number must be finite.
 */
public final class RunFolderReader {
  private RunFolderReader() {}

  /**
   * Reads {@code dir}.
   *
   * @throws RunFolderException naming the file and the problem, if {@code dir} is not a readable
   *     results folder
   */
  public static RunData read(Path dir) throws RunFolderException {
    if (!Files.isDirectory(dir)) {
      throw new RunFolderException(
          dir + (Files.exists(dir) ? " is a file, not a results folder" : " does not exist"));
    }
    Path summary = dir.resolve(SummaryJson.FILE);
    Path epochs = dir.resolve(EpochsCsv.FILE);
    for (Path file : List.of(epochs, summary)) {
      if (!Files.isRegularFile(file)) {
        throw new RunFolderException(
            dir
                + " holds no "
                + file.getFileName()
                + "; is it a folder 'learn2mix compare' wrote?");
      }
    }
    RunInfo info = SummaryReader.read(summary);
    return new RunData(info, EpochsCsvReader.read(epochs, info));
  }

  /** A short reason for an I/O failure, without the exception's class name. */
  static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
