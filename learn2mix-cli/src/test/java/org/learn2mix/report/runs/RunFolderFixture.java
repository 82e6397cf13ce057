package org.learn2mix.report.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A small results folder written by hand, as {@code compare} would write it: 3 classes (one named
 * {@code <b>&} to test escaping), 5 epochs, 2 seeds, and by default the strategies learn2mix and
 * classical with test metrics chosen so the aggregates are easy to compute by hand:
 *
 * <pre>
 * epoch                 1    2    3    4    5
 * learn2mix seed 0    100   50   20   10    5
 * learn2mix seed 1    120   70   30   14    7     mean 110  60  25  12   6
 * classical seed 0    100   80   60   40   30
 * classical seed 1    110   90   70   50   34     mean 105  85  65  45  32
 * </pre>
 *
 * Each class's test metric is the run's metric times (class + 1) / 2 (classes 0, 1, 2); learn2mix's
 * α moves from class 0 to class 2 by 0.05 per epoch, classical's stays at the training mix.
 */
public final class RunFolderFixture {
  public static final List<String> CLASSES = List.of("normal", "<b>&", "uniform");
  public static final int EPOCHS = 5;

  public final Map<String, double[][]> metrics = new LinkedHashMap<>();
  public String metric = "test_mse";
  public boolean higherIsBetter = false;
  public String preset = "fixture";
  public boolean complete = true;

  /** learn2mix and classical, lower is better. */
  public static RunFolderFixture standard() {
    RunFolderFixture fixture = new RunFolderFixture();
    fixture.metrics.put("learn2mix", new double[][] {{100, 50, 20, 10, 5}, {120, 70, 30, 14, 7}});
    fixture.metrics.put("classical", new double[][] {{100, 80, 60, 40, 30}, {110, 90, 70, 50, 34}});
    return fixture;
  }

  /** Only classical and fixed-mix ran. */
  public static RunFolderFixture withoutLearn2mix() {
    RunFolderFixture fixture = new RunFolderFixture();
    fixture.metrics.put("classical", new double[][] {{100, 80, 60, 40, 30}, {110, 90, 70, 50, 34}});
    fixture.metrics.put("fixed-mix", new double[][] {{100, 70, 50, 35, 28}, {110, 80, 60, 45, 32}});
    return fixture;
  }

  /** Writes {@code epochs.csv} and {@code summary.json} into {@code dir}, creating it. */
  public Path writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("epochs.csv"), csv());
    Files.writeString(dir.resolve("summary.json"), summaryJson());
    return dir;
  }

  String csv() {
    StringBuilder csv = new StringBuilder(String.join(",", EpochsCsv.columns(3))).append('\n');
    for (Map.Entry<String, double[][]> e : metrics.entrySet()) {
      boolean adapts = e.getKey().equals("learn2mix");
      double seconds = adapts ? 0.5 : 0.25;
      for (int seed = 0; seed < e.getValue().length; seed++) {
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
          double m = e.getValue()[seed][epoch - 1];
          double shift = adapts ? 0.05 * epoch : 0;
          StringJoiner row = new StringJoiner(",");
          row.add(e.getKey()).add(String.valueOf(seed)).add(String.valueOf(epoch));
          row.add(String.valueOf(m * 0.9)).add(String.valueOf(m)).add(String.valueOf(seconds));
          row.add(String.valueOf(0.5 - shift)).add("0.3").add(String.valueOf(0.2 + shift));
          row.add("1.5").add("2.5").add("3.5");
          for (int c = 0; c < 3; c++) {
            row.add(String.valueOf(m * (c + 1) / 2));
          }
          csv.append(row).append('\n');
        }
      }
    }
    return csv.toString();
  }

  String summaryJson() {
    StringJoiner strategies = new StringJoiner(", ");
    metrics.keySet().forEach(s -> strategies.add("\"" + s + "\""));
    StringJoiner results = new StringJoiner(",\n");
    metrics
        .keySet()
        .forEach(
            s ->
                results.add(
                    "    \""
                        + s
                        + "\" : { \"seeds_finished\" : 2, \"by_epoch\" : {}, \"seconds_per_epoch\""
                        + " : 0.1 }"));
    return """
        {
          "preset" : "%s",
          "task" : "regression",
          "metric" : "%s",
          "higher_is_better" : %s,
          "epochs" : 5,
          "seeds" : [ 0, 1 ],
          "complete" : %s,
          "checkpoints" : [ 2, 3, 5 ],
          "settings" : {
            "learning_rate" : 5.0E-5,
            "gamma" : 0.01,
            "batch_size" : 500,
            "epochs" : 5,
            "signal" : "epoch-mean",
            "update" : "per-epoch",
            "optimizer" : "adam",
            "strategies" : [ %s ]
          },
          "classes" : {
            "names" : [ "normal", "<b>&", "uniform" ],
            "train_counts" : [ 1000, 800, 200 ]
          },
          "strategies" : {
        %s
          },
          "provenance" : {
            "learn2mix_version" : "0.1.0-SNAPSHOT",
            "java_version" : "17.0.15",
            "os" : "Linux <fixture>",
            "started" : "2026-01-01T00:00:00Z",
            "finished" : "2026-01-01T00:00:10Z"
          }
        }
        """
        .formatted(preset, metric, higherIsBetter, complete, strategies, results);
  }
}
