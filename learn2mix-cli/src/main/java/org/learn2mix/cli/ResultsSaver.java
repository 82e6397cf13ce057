package org.learn2mix.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.learn2mix.data.TaskData;
import org.learn2mix.engine.RunDevice;
import org.learn2mix.experiment.ExperimentListener;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.report.runs.EpochsCsv;
import org.learn2mix.results.ExperimentSummary;
import org.learn2mix.results.Provenance;
import org.learn2mix.results.RunFailure;
import org.learn2mix.results.RunResult;
import org.learn2mix.results.Summary;
import org.learn2mix.results.SummaryJson;
import org.learn2mix.results.TaskInfo;
import org.learn2mix.results.Verdict;

/**
 * Rewrites {@code epochs.csv} and {@code summary.json} after every finished run, so an interrupted
 * comparison keeps every run it completed.
 */
final class ResultsSaver implements ExperimentListener {
  private final Path dir;
  private final ExperimentSettings settings;
  private final Instant started;
  private final boolean resuming;
  private final RunDevice device; // null: the engine's default device
  private final long rowsBefore;
  private TaskInfo info;

  /**
   * @param resuming whether the folder already holds results of this experiment, which must not be
   *     replaced by emptier ones before the resumed runs have caught up
   */
  ResultsSaver(Path dir, ExperimentSettings settings, Instant started, boolean resuming) {
    this(dir, settings, started, resuming, null);
  }

  /**
   * @param resuming as above
   * @param device the device the runs train on, as the provenance records it; null for the engine's
   *     default device
   */
  ResultsSaver(
      Path dir, ExperimentSettings settings, Instant started, boolean resuming, RunDevice device) {
    this.dir = dir;
    this.settings = settings;
    this.started = started;
    this.resuming = resuming;
    this.device = device;
    this.rowsBefore = resuming ? rowsIn(dir.resolve(EpochsCsv.FILE)) : 0;
  }

  /** Epoch rows in an existing epochs.csv (0 if there is none). */
  private static long rowsIn(Path file) {
    try (var lines = Files.lines(file)) {
      return Math.max(0, lines.count() - 1);
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  @Override
  public void dataReady(long seed, TaskData data) {
    if (info == null) {
      // Written before any training, so that even a run killed in its first epoch can resume.
      info =
          new TaskInfo(
              data.task().name().toLowerCase(Locale.ROOT),
              data.task().metric(),
              data.task().higherIsBetter(),
              data.classNames(),
              java.util.Arrays.stream(data.train().classCounts(data.classCount())).boxed().toList(),
              settings.preset().alphaStar());
      if (!resuming) {
        save(List.of(), List.of(), false, null);
      }
    }
  }

  @Override
  public void runFinished(RunResult run, List<RunResult> finished) {
    int planned = settings.seeds().size() * settings.strategies().size();
    save(finished, finished, finished.size() == planned, null);
  }

  /** Keeps the failed run's completed epochs in epochs.csv and names the failure in the summary. */
  @Override
  public void runFailed(RunResult partial, List<RunResult> finished, RuntimeException failure) {
    List<RunResult> all = new ArrayList<>(finished);
    if (!partial.epochs().isEmpty()) {
      all.add(partial);
    }
    save(
        all,
        finished,
        false,
        new RunFailure(
            partial.strategy(), partial.seed(), partial.epochs().size(), failure.getMessage()));
  }

  /** The task facts, known once the first data set is ready. */
  TaskInfo info() {
    return info;
  }

  private void save(
      List<RunResult> epochs, List<RunResult> complete, boolean allDone, RunFailure failure) {
    if (info == null) {
      return; // no data set was prepared: nothing ran, nothing to save
    }
    long rows = epochs.stream().mapToLong(run -> run.epochs().size()).sum();
    if (resuming && rows < rowsBefore) {
      return; // a resumed experiment never replaces results with fewer
    }
    try {
      EpochsCsv.write(dir.resolve(EpochsCsv.FILE), epochs, info.classNames().size());
      Summary summary =
          new Summary(
              settings.plan(),
              info,
              ExperimentSummary.of(complete, settings.training().epochs()),
              allDone,
              provenance(allDone ? Instant.now() : null),
              failure,
              Verdict.of(
                      complete,
                      settings.training().epochs(),
                      info.higherIsBetter(),
                      info.classNames())
                  .orElse(null));
      SummaryJson.write(dir.resolve(SummaryJson.FILE), summary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
    }
  }

  private Provenance provenance(Instant finished) {
    return device == null
        ? Provenance.collect(started, finished, dataFiles())
        : Provenance.collect(started, finished, dataFiles(), device);
  }

  /** The files the data set was read from, checksums and all. */
  private List<Provenance.DataFile> dataFiles() {
    return settings.preset().data().files(settings.dataDir()).stream()
        .map(
            file ->
                new Provenance.DataFile(
                    file.path().toAbsolutePath().normalize().toString(),
                    file.sha256(),
                    file.verification().name().toLowerCase(java.util.Locale.ROOT)))
        .toList();
  }
}
