package org.learn2mix.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of a reproduction folder written by hand, compared with a golden file checked by hand:
 *
 * <ul>
 *   <li>mean-estimation, published settings, 2 seeds: at epoch 125 learn2mix 1.5 lies in the
 *       paper's 1.81 ± 0.84 and classical 7.0 in 6.51 ± 1.52; at 250 classical 1.875 lies above
 *       1.52 ± 0.27 (not in band); at 500 both are in band (1.0 in 1.07 ± 0.09, 1.125 in 1.17 ±
 *       0.06); learn2mix − classical is −5.5, −0.625, −0.125 against the paper's −4.70, −0.07,
 *       −0.10; fixed-mix is not published here;
 *   <li>wine-quality, 20 instead of 300 epochs, one seed: not comparable, our values without ±;
 *   <li>imdb, published settings, one seed, learn2mix and focal: Table 1 is not entered, so every
 *       value is not published here and there is no difference row without classical;
 *   <li>mnist failed, cifar10 has not run.
 * </ul>
 */
class ReproductionIndexGoldenTest {
  private static final String GOLDEN = "index.golden.html";

  @TempDir Path dir;

  @Test
  void indexMatchesTheGoldenFile() throws IOException {
    write(
        "mean-estimation",
        summary(
            "mean-estimation",
            "5.0E-5",
            "0.01",
            500,
            500,
            List.of(125, 250, 500),
            2,
            Map.of(
                "learn2mix", new double[][] {{1.5, 0.25}, {1.25, 0.125}, {1.0, 0.0625}},
                "classical", new double[][] {{7.0, 0.5}, {1.875, 0.25}, {1.125, 0.03125}},
                "fixed-mix", new double[][] {{6.5, 0.5}, {1.75, 0.25}, {1.125, 0.0625}})));
    Files.writeString(dir.resolve("mean-estimation/report.html"), "<!DOCTYPE html>\n");
    write(
        "wine-quality",
        summary(
            "wine-quality",
            "1.0E-4",
            "0.05",
            100,
            20,
            List.of(5, 10, 20),
            1,
            Map.of(
                "learn2mix", new double[][] {{30.0, 0}, {6.0, 0}, {2.5, 0}},
                "classical", new double[][] {{32.0, 0}, {12.0, 0}, {3.0, 0}})));
    write(
        "imdb",
        summary(
            "imdb",
            "1.0E-4",
            "0.1",
            500,
            40,
            List.of(10, 20, 40),
            1,
            Map.of(
                "learn2mix", new double[][] {{50.0, 0}, {62.5, 0}, {80.25, 0}},
                "focal", new double[][] {{51.0, 0}, {60.0, 0}, {79.5, 0}})));

    String index =
        ReproductionIndex.render(
            dir,
            List.of("mean-estimation", "wine-quality", "imdb", "mnist", "cifar10"),
            Map.of("mnist", "no MNIST files in <data>"));

    assertEquals(golden(), index);
  }

  private void write(String preset, String summary) throws IOException {
    Files.createDirectories(dir.resolve(preset));
    Files.writeString(dir.resolve(preset).resolve("summary.json"), summary);
  }

  /** A summary.json as compare writes it, reduced to what the index reads; strategies sorted. */
  private static String summary(
      String preset,
      String learningRate,
      String gamma,
      int batchSize,
      int epochs,
      List<Integer> checkpoints,
      int seeds,
      Map<String, double[][]> byStrategy) {
    boolean classification = preset.equals("imdb");
    StringBuilder strategies = new StringBuilder();
    byStrategy.keySet().stream()
        .sorted((a, b) -> order(a) - order(b))
        .forEach(
            name -> {
              if (strategies.length() > 0) {
                strategies.append(",\n");
              }
              strategies.append("    \"").append(name).append("\" : { \"seeds_finished\" : ");
              strategies.append(seeds).append(", \"by_epoch\" : {");
              double[][] values = byStrategy.get(name);
              for (int i = 0; i < checkpoints.size(); i++) {
                strategies.append(i == 0 ? " " : ", ").append('"').append(checkpoints.get(i));
                strategies.append("\" : { \"mean\" : ").append(values[i][0]);
                strategies.append(", \"std\" : ").append(values[i][1]).append(" }");
              }
              strategies.append(" }, \"seconds_per_epoch\" : 0.1 }");
            });
    return """
        {
          "preset" : "%s",
          "task" : "%s",
          "metric" : "%s",
          "higher_is_better" : %s,
          "epochs" : %d,
          "complete" : true,
          "checkpoints" : %s,
          "classes" : { "names" : [ "first", "second" ] },
          "settings" : {
            "learning_rate" : %s,
            "gamma" : %s,
            "batch_size" : %d,
            "micro_batch" : null,
            "epochs" : %d,
            "signal" : "epoch-mean",
            "update" : "per-epoch",
            "optimizer" : "adam"
          },
          "strategies" : {
        %s
          }
        }
        """
        .formatted(
            preset,
            classification ? "classification" : "regression",
            classification ? "test_accuracy" : "test_mse",
            classification,
            epochs,
            checkpoints,
            learningRate,
            gamma,
            batchSize,
            epochs,
            strategies);
  }

  private static int order(String strategy) {
    return List.of("learn2mix", "classical", "fixed-mix", "focal").indexOf(strategy);
  }

  private static String golden() throws IOException {
    try (InputStream in = ReproductionIndexGoldenTest.class.getResourceAsStream(GOLDEN)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
