package org.learn2mix.report.runs;

import java.nio.file.Path;
import org.learn2mix.results.SummaryException;
import org.learn2mix.results.SummaryJson;
import org.learn2mix.results.TaskInfo;

/** Reads {@code summary.json} back into a {@link RunInfo}. */
public final class SummaryReader {
  private SummaryReader() {}

  static RunInfo read(Path file) throws RunFolderException {
    try {
      SummaryJson summary = SummaryJson.read(file);
      int epochs = summary.epochs();
      var checkpoints = summary.checkpoints();
      TaskInfo task = summary.task();
      return new RunInfo(
          summary.preset().orElse("unnamed"),
          task.task(),
          task.metric(),
          task.higherIsBetter(),
          epochs,
          summary.seeds(),
          summary.complete(),
          checkpoints,
          task.classNames(),
          task.trainCounts(),
          summary.settingsAsText(),
          summary.provenanceAsText(),
          task.alphaStar(),
          summary.verdict().orElse(null));
    } catch (SummaryException e) {
      throw new RunFolderException(e.getMessage(), e);
    }
  }
}
