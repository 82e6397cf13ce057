package org.learn2mix.report.runs;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code epochs.csv} back into runs per strategy. Columns are found by name, so extra columns
 * are ignored; every run must have each of the summary's E epochs exactly once.
 */
public final class EpochsCsvReader {
  private EpochsCsvReader() {}

  static List<StrategyRuns> read(Path file, RunInfo info) throws RunFolderException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    Map<String, Map<Long, RunBuilder>> runs = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(in)) {
      if (!rows.hasNext()) {
        throw new RunFolderException(file + " is empty");
      }
      Columns columns = Columns.of(rows.next(), info.classCount(), file);
      int line = 1;
      while (rows.hasNext()) {
        line++;
        String[] cells = rows.next();
        Row row = columns.parse(cells, file + " line " + line, info.epochs());
        runs.computeIfAbsent(row.strategy(), s -> new LinkedHashMap<>())
            .computeIfAbsent(row.seed(), s -> new RunBuilder(s, info.epochs()))
            .add(row, file + " line " + line);
      }
    } catch (JacksonException e) {
      throw new RunFolderException(file + " is not valid CSV: " + e.getOriginalMessage(), e);
    } catch (RunFolderException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new RunFolderException("cannot read " + file + ": " + RunFolderReader.reason(e), e);
    }
    if (runs.isEmpty()) {
      throw new RunFolderException(file + " holds no finished runs yet");
    }
    List<StrategyRuns> strategies = new ArrayList<>();
    for (Map.Entry<String, Map<Long, RunBuilder>> e : runs.entrySet()) {
      List<SeedRun> seeds = new ArrayList<>();
      for (RunBuilder builder : e.getValue().values()) {
        seeds.add(builder.build(file, e.getKey()));
      }
      strategies.add(new StrategyRuns(e.getKey(), seeds));
    }
    return strategies;
  }

  /** One parsed line of {@code epochs.csv}. */
  private record Row(
      String strategy,
      long seed,
      int epoch,
      double testMetric,
      double seconds,
      double[] alpha,
      double[] classMetric) {}

  /** Where the needed columns are. */
  private record Columns(
      List<String> names,
      int strategy,
      int seed,
      int epoch,
      int testMetric,
      int seconds,
      int[] alpha,
      int[] classMetric) {
    static Columns of(String[] header, int k, Path file) throws RunFolderException {
      List<String> names = List.of(header);
      int[] alpha = new int[k];
      int[] classMetric = new int[k];
      for (int c = 0; c < k; c++) {
        alpha[c] = index(names, "alpha_" + (c + 1), file);
        classMetric[c] = index(names, "class_test_metric_" + (c + 1), file);
      }
      return new Columns(
          names,
          index(names, "strategy", file),
          index(names, "seed", file),
          index(names, "epoch", file),
          index(names, "test_metric", file),
          index(names, "seconds", file),
          alpha,
          classMetric);
    }

    private static int index(List<String> names, String column, Path file)
        throws RunFolderException {
      int index = names.indexOf(column);
      if (index < 0) {
        throw new RunFolderException(
            file + " has no column " + column + " (summary.json's classes need it)");
      }
      return index;
    }

    Row parse(String[] cells, String where, int epochs) throws RunFolderException {
      if (cells.length != names.size()) {
        throw new RunFolderException(
            where + " has " + cells.length + " cells, the header " + names.size());
      }
      String strategy = cells[this.strategy].strip();
      if (strategy.isEmpty()) {
        throw new RunFolderException(where + " names no strategy");
      }
      long seed;
      int epoch;
      try {
        seed = Long.parseLong(cells[this.seed].strip());
        epoch = Integer.parseInt(cells[this.epoch].strip());
      } catch (NumberFormatException e) {
        throw new RunFolderException(where + ": seed and epoch must be whole numbers", e);
      }
      if (epoch < 1 || epoch > epochs) {
        throw new RunFolderException(where + ": epoch " + epoch + " is outside 1.." + epochs);
      }
      double[] alphaValues = new double[alpha.length];
      double[] classValues = new double[classMetric.length];
      for (int c = 0; c < alpha.length; c++) {
        alphaValues[c] = number(cells, alpha[c], where);
        classValues[c] = number(cells, classMetric[c], where);
      }
      return new Row(
          strategy,
          seed,
          epoch,
          number(cells, testMetric, where),
          number(cells, seconds, where),
          alphaValues,
          classValues);
    }

    private double number(String[] cells, int index, String where) throws RunFolderException {
      try {
        double value = Double.parseDouble(cells[index].strip());
        if (Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new RunFolderException(
          where + ": " + names.get(index) + " is '" + cells[index] + "', not a finite number");
    }
  }

  /** Collects one run's rows, which may come in any order. */
  private static final class RunBuilder {
    private final long seed;
    private final Row[] rows;

    RunBuilder(long seed, int epochs) {
      this.seed = seed;
      this.rows = new Row[epochs];
    }

    void add(Row row, String where) throws RunFolderException {
      if (rows[row.epoch() - 1] != null) {
        throw new RunFolderException(
            where
                + " repeats epoch "
                + row.epoch()
                + " of "
                + row.strategy()
                + " seed "
                + row.seed());
      }
      rows[row.epoch() - 1] = row;
    }

    SeedRun build(Path file, String strategy) throws RunFolderException {
      int epochs = rows.length;
      double[] metric = new double[epochs];
      double[] seconds = new double[epochs];
      double[][] alpha = new double[epochs][];
      double[][] classMetric = new double[epochs][];
      for (int e = 0; e < epochs; e++) {
        if (rows[e] == null) {
          throw new RunFolderException(
              file + " lacks epoch " + (e + 1) + " of " + strategy + " seed " + seed);
        }
        metric[e] = rows[e].testMetric();
        seconds[e] = rows[e].seconds();
        alpha[e] = rows[e].alpha();
        classMetric[e] = rows[e].classMetric();
      }
      return new SeedRun(seed, metric, seconds, alpha, classMetric);
    }
  }
}
