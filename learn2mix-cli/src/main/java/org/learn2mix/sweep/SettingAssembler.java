package org.learn2mix.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.experiment.CheckpointFiles;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.report.RunReport;
import org.learn2mix.report.runs.EpochsCsv;
import org.learn2mix.results.ExperimentSummary;
import org.learn2mix.results.Provenance;
import org.learn2mix.results.RunFailure;
import org.learn2mix.results.RunResult;
import org.learn2mix.results.Summary;
import org.learn2mix.results.SummaryException;
import org.learn2mix.results.SummaryJson;
import org.learn2mix.results.TaskInfo;
import org.learn2mix.results.Verdict;
import org.learn2mix.train.RunProgress;

/**
 * Writes one setting's comparison folder from the cells that make it up: {@code epochs.csv} with
 * the runs in the order {@code compare} trains them (seed by seed, strategy by strategy), {@code
 * summary.json} and the report, exactly as {@code compare} would have written them for that
 * setting, times aside. The runs are read from the cells' checkpoints, which keep every epoch's
 * record in full precision. Only finished cells count; a setting with failed cells is marked
 * incomplete and names the first failure.
 */
final class SettingAssembler {
  private final SweepPlan plan;
  private final SweepFolder folder;
  private final SettingsResolver resolver;
  private final int tries;

  SettingAssembler(SweepPlan plan, SweepFolder folder, SettingsResolver resolver, int tries) {
    this.plan = plan;
    this.folder = folder;
    this.resolver = resolver;
    this.tries = tries;
  }

  /**
   * Writes {@code setting}'s folder, if any of its cells is done.
   *
   * @return the folder, or empty if no cell of the setting is done
   */
  Optional<Path> write(Setting setting) throws IOException {
    List<Cell> cells = plan.cellsOf(setting);
    List<RunResult> runs = new ArrayList<>();
    List<SummaryJson> cellSummaries = new ArrayList<>();
    RunFailure failure = null;
    Cell firstDone = null;
    for (Cell cell : cells) {
      if (folder.done(cell)) {
        firstDone = firstDone == null ? cell : firstDone;
        runs.add(load(cell).orElseThrow());
        cellSummaries.add(summaryOf(cell));
      } else if (failure == null && folder.state(cell, tries) == SweepFolder.State.FAILED) {
        List<String> reasons = folder.failures(cell);
        failure =
            new RunFailure(
                cell.strategy(),
                cell.seed(),
                loadQuietly(cell).map(r -> r.epochs().size()).orElse(0),
                reasons.get(reasons.size() - 1));
      }
    }
    if (runs.isEmpty()) {
      return Optional.empty();
    }
    ExperimentSettings settings = resolver.resolve(setting, plan.strategies(), plan.seeds());
    TaskInfo task;
    try {
      task = cellSummaries.get(0).task();
    } catch (SummaryException e) {
      throw new IOException(e.getMessage(), e);
    }
    int epochs = settings.training().epochs();
    boolean complete = runs.size() == cells.size();
    Path dir = folder.settingDir(setting);
    Files.createDirectories(dir);
    EpochsCsv.write(dir.resolve(EpochsCsv.FILE), runs, task.classNames().size());
    Summary summary =
        new Summary(
            settings.plan(),
            task,
            ExperimentSummary.of(runs, epochs),
            complete,
            provenance(cellSummaries, dataFiles(firstDone), complete),
            failure,
            Verdict.of(runs, epochs, task.higherIsBetter(), task.classNames()).orElse(null));
    SummaryJson.write(dir.resolve(SummaryJson.FILE), summary);
    RunReport.write(dir);
    return Optional.of(dir);
  }

  /** A finished cell's run, from its checkpoint. */
  private Optional<RunResult> load(Cell cell) {
    ExperimentSettings settings = resolver.resolve(cell);
    Optional<RunProgress> progress =
        new CheckpointFiles(folder.cellDir(cell), settings)
            .forRun(cell.strategy(), cell.seed())
            .load();
    return progress.map(p -> new RunResult(cell.strategy(), cell.seed(), p.records()));
  }

  private Optional<RunResult> loadQuietly(Cell cell) {
    try {
      return load(cell);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private SummaryJson summaryOf(Cell cell) throws IOException {
    try {
      return SummaryJson.read(folder.cellDir(cell).resolve(SummaryJson.FILE));
    } catch (SummaryException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /**
   * This machine's facts, with the cells' engine thread count, the earliest start and (when
   * complete) the latest end among the cells.
   */
  private static Provenance provenance(
      List<SummaryJson> cells, List<Provenance.DataFile> dataFiles, boolean complete) {
    Instant started = null;
    Instant finished = null;
    for (SummaryJson cell : cells) {
      Instant s = instant(cell.provenanceAsText().get("started"));
      Instant f = instant(cell.provenanceAsText().get("finished"));
      if (s != null && (started == null || s.isBefore(started))) {
        started = s;
      }
      if (f != null && (finished == null || f.isAfter(finished))) {
        finished = f;
      }
    }
    EngineStart.offline();
    Provenance here =
        Provenance.collect(
            started == null ? Instant.now() : started, complete ? finished : null, dataFiles);
    // What the cells trained with, not what the assembling process has.
    Map<String, String> cell = cells.get(0).provenanceAsText();
    String threads = cell.getOrDefault("engine_threads", here.engineThreads());
    return new Provenance(
        here.learn2mixVersion(),
        here.gitCommit(),
        here.javaVersion(),
        here.javaVendor(),
        here.os(),
        here.arch(),
        here.availableProcessors(),
        here.djlVersion(),
        here.engine(),
        threads,
        cell.getOrDefault("device", here.device()),
        cell.getOrDefault("engine_flavour", here.engineFlavour()),
        cell.getOrDefault("cuda_version", here.cudaVersion()),
        cell.getOrDefault("gpu_name", here.gpuName()),
        here.started(),
        here.finished(),
        here.peakRssMb(),
        here.dataFiles());
  }

  private static Instant instant(String text) {
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The data files a cell read, as its summary.json records them (checksums and all). */
  private List<Provenance.DataFile> dataFiles(Cell cell) {
    Path summary = folder.cellDir(cell).resolve(SummaryJson.FILE);
    List<Provenance.DataFile> files = new ArrayList<>();
    try {
      JsonNode recorded =
          new ObjectMapper().readTree(summary.toFile()).at("/provenance/data_files");
      if (!recorded.isArray()) {
        return null;
      }
      for (JsonNode file : recorded) {
        files.add(
            new Provenance.DataFile(
                file.path("path").asText(),
                file.path("sha256").asText(),
                file.path("verified_by").asText()));
      }
      return files;
    } catch (IOException e) {
      return null;
    }
  }
}
