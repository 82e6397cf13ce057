package org.learn2mix.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.cli.Main;

/**
 * A sweep on Spark in local mode, end to end: each cell a task training in a JVM of its own, the
 * report assembled by the driver; every cell and setting equals the local {@code sweep --jobs 2}'s,
 * seconds aside.
 */
@Tag("engine")
class SparkSweepTest {
  private static final List<String> SWEEP =
      List.of(
          "mean-estimation",
          "--gamma",
          "0.05,0.2",
          "--strategies",
          "learn2mix,classical",
          "--seeds",
          "2",
          "--epochs",
          "3",
          "--threads",
          "1");

  @Test
  void aSparkSweepEqualsTheLocalOne(@TempDir Path temp) throws Exception {
    Path onSpark = temp.resolve("spark");
    List<String> args = new ArrayList<>(SWEEP);
    args.addAll(List.of("--out", onSpark.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    SparkConf conf =
        new SparkConf()
            .setMaster("local[2]")
            .setAppName("learn2mix sweep test")
            .set("spark.ui.enabled", "false")
            .set("spark.driver.host", "127.0.0.1")
            .set("spark.driver.bindAddress", "127.0.0.1");
    int code;
    try (JavaSparkContext spark = new JavaSparkContext(conf);
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = SparkSweep.run(spark, args.toArray(String[]::new), o, e);
    }
    assertEquals(0, code, out.toString(StandardCharsets.UTF_8) + err);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("cells {done=6}"), out.toString());

    Path local = temp.resolve("local");
    List<String> localArgs = new ArrayList<>(List.of("sweep"));
    localArgs.addAll(SWEEP);
    localArgs.addAll(List.of("--jobs", "2", "--out", local.toString()));
    ByteArrayOutputStream localOut = new ByteArrayOutputStream();
    try (PrintStream o = new PrintStream(localOut, true, StandardCharsets.UTF_8)) {
      assertEquals(0, Main.run(localArgs.toArray(String[]::new), o, o, false), localOut.toString());
    }

    List<Path> csvs;
    try (Stream<Path> files = Files.walk(local)) {
      csvs = files.filter(f -> f.getFileName().toString().equals("epochs.csv")).toList();
    }
    assertEquals(6 + 2, csvs.size(), "six cells and two settings");
    for (Path csv : csvs) {
      assertEquals(numbers(csv), numbers(onSpark.resolve(local.relativize(csv))), csv.toString());
    }
    JsonNode summary = new ObjectMapper().readTree(onSpark.resolve("summary.json").toFile());
    assertTrue(summary.path("complete").asBoolean());
    assertTrue(Files.isRegularFile(onSpark.resolve("sweep.html")));
  }

  @Test
  void localExecutionOptionsAreRefused() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      assertEquals(2, SparkSweep.run(null, new String[] {"--jobs", "2"}, e, e));
      assertEquals(2, SparkSweep.run(null, new String[] {"mean-estimation"}, e, e));
    }
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--jobs is for local sweeps"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("needs --out"));
  }

  private static List<String> numbers(Path csv) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(csv)) {
      String[] cells = line.split(",", -1);
      cells[5] = "";
      rows.add(String.join(",", cells));
    }
    return rows;
  }
}
