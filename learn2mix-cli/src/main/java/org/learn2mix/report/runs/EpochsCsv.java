package org.learn2mix.report.runs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.learn2mix.results.AtomicFiles;
import org.learn2mix.results.RunResult;
import org.learn2mix.train.EpochRecord;

/**
 * {@code epochs.csv}: one row per strategy, seed and epoch with the training loss, the test metric,
 * the training seconds, α after the epoch, the class-wise losses L and the per-class test metric.
 */
public final class EpochsCsv {
  /** The file name inside a run folder. */
  public static final String FILE = "epochs.csv";

  private EpochsCsv() {}

  /** The column names for {@code k} classes. */
  public static List<String> columns(int k) {
    List<String> columns =
        new ArrayList<>(
            List.of("strategy", "seed", "epoch", "train_loss", "test_metric", "seconds"));
    for (String prefix : List.of("alpha_", "class_loss_", "class_test_metric_")) {
      for (int c = 1; c <= k; c++) {
        columns.add(prefix + c);
      }
    }
    return columns;
  }

  /** Writes all epochs of {@code runs} (each with {@code k} classes) to {@code file} atomically. */
  public static void write(Path file, List<RunResult> runs, int k) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    for (String column : columns(k)) {
      schema.addColumn(column);
    }
    CsvMapper mapper = new CsvMapper();
    mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    AtomicFiles.write(
        file,
        out -> {
          try (var rows = mapper.writer(schema.build()).writeValues(out)) {
            for (RunResult run : runs) {
              for (EpochRecord e : run.epochs()) {
                rows.write(row(run, e));
              }
            }
          }
        });
  }

  private static List<Object> row(RunResult run, EpochRecord e) {
    List<Object> row = new ArrayList<>();
    row.add(run.strategy().label());
    row.add(run.seed());
    row.add(e.epoch());
    row.add(e.trainLoss());
    row.add(e.testMetric());
    row.add(e.seconds());
    for (double[] values : List.of(e.alpha(), e.classLosses(), e.classTestMetric())) {
      for (double v : values) {
        row.add(v);
      }
    }
    return row;
  }
}
