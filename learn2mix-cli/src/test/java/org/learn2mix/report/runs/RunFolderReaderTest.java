package org.learn2mix.report.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learn2mix.results.MeanStd;
import org.learn2mix.results.SummaryJson;

class RunFolderReaderTest {
  @TempDir Path temp;

  @Test
  void readsTheRunsBackGroupedByStrategyInFileOrder() throws IOException {
    RunData run = RunFolderReader.read(RunFolderFixture.standard().writeTo(temp));

    assertEquals("fixture", run.info().preset());
    assertEquals("test_mse", run.info().metric());
    assertFalse(run.info().higherIsBetter());
    assertEquals(List.of(2, 3, 5), run.info().checkpoints());
    assertEquals(RunFolderFixture.CLASSES, run.info().classNames());
    assertEquals(List.of(1000, 800, 200), run.info().trainCounts());
    assertEquals("5.0E-5", run.info().settings().get("learning_rate"));
    assertEquals("learn2mix, classical", run.info().settings().get("strategies"));
    assertEquals("Linux <fixture>", run.info().provenance().get("os"));

    assertEquals(List.of("learn2mix", "classical"), names(run));
    assertEquals(5, run.epochs());
    StrategyRuns learn2mix = run.strategy("learn2mix").orElseThrow();
    assertEquals(2, learn2mix.seeds());
    assertArrayEquals(new double[] {110, 60, 25, 12, 6}, learn2mix.meanCurve(), 1e-12);
    assertEquals(new MeanStd(60, 10), learn2mix.metricAt(2));
    assertEquals(0.5, learn2mix.secondsPerEpoch(), 1e-12);
    assertArrayEquals(new double[] {0.25, 0.3, 0.45}, learn2mix.meanAlpha()[4], 1e-12);
    assertArrayEquals(new double[] {3, 6, 9}, learn2mix.meanClassMetricAt(5), 1e-12);
  }

  @Test
  void rowsMayComeInAnyOrder() throws IOException {
    RunFolderFixture fixture = RunFolderFixture.standard();
    fixture.writeTo(temp);
    List<String> lines = Files.readAllLines(temp.resolve("epochs.csv"));
    List<String> shuffled = new java.util.ArrayList<>(lines.subList(1, lines.size()));
    java.util.Collections.reverse(shuffled);
    shuffled.add(0, lines.get(0));
    Files.write(temp.resolve("epochs.csv"), shuffled);

    RunData run = RunFolderReader.read(temp);
    assertEquals(List.of("classical", "learn2mix"), names(run));
    assertArrayEquals(
        new double[] {105, 85, 65, 45, 32},
        run.strategy("classical").orElseThrow().meanCurve(),
        1e-12);
  }

  static Stream<Arguments> brokenFolders() {
    return Stream.of(
        Arguments.of(
            "test_metric is 'abc', not a finite number",
            csv(s -> s.replace("learn2mix,0,3,18.0,20.0", "learn2mix,0,3,18.0,abc"))),
        Arguments.of("test_metric is 'NaN'", csv(s -> s.replace(",20.0,0.5,", ",NaN,0.5,"))),
        Arguments.of(
            "cells, the header", csv(s -> s.replace("learn2mix,0,3,18.0,", "learn2mix,0,3,"))),
        Arguments.of("has no column alpha_3", csv(s -> s.replace("alpha_3", "alpha_three"))),
        Arguments.of(
            "lacks epoch 3 of learn2mix seed 0",
            csv(s -> s.replaceAll("(?m)^learn2mix,0,3,.*\n", ""))),
        Arguments.of(
            "repeats epoch 4 of learn2mix seed 0",
            csv(s -> s.replace("learn2mix,0,3,", "learn2mix,0,4,"))),
        Arguments.of("outside 1..5", csv(s -> s.replace("learn2mix,0,3,", "learn2mix,0,9,"))),
        Arguments.of("whole numbers", csv(s -> s.replace("learn2mix,0,3,", "learn2mix,zero,3,"))),
        Arguments.of("holds no finished runs", csv(s -> s.substring(0, s.indexOf('\n') + 1))),
        Arguments.of("is empty", csv(s -> "")),
        Arguments.of("not valid JSON", json(s -> s.replace("\"epochs\" : 5,", "\"epochs\" : ,"))),
        Arguments.of("higher_is_better", json(s -> s.replace("\"higher_is_better\" : false,", ""))),
        Arguments.of(
            "names no classes", json(s -> s.replace("\"normal\", \"<b>&\", \"uniform\"", ""))),
        Arguments.of("checkpoint 7", json(s -> s.replace("[ 2, 3, 5 ]", "[ 2, 3, 7 ]"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFolders")
  void aBrokenFileIsNamedInOneLine(String expected, Breakage breakage) throws IOException {
    RunFolderFixture.standard().writeTo(temp);
    breakage.apply(temp);
    RunFolderException e = assertThrows(RunFolderException.class, () -> RunFolderReader.read(temp));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(
        e.getMessage().contains("epochs.csv") || e.getMessage().contains("summary.json"),
        e.getMessage());
  }

  @Test
  void aMissingFolderOrFileIsNamed() throws IOException {
    Path missing = temp.resolve("nowhere");
    assertTrue(message(missing).endsWith("nowhere does not exist"), message(missing));
    Path file = Files.writeString(temp.resolve("a-file"), "x");
    assertTrue(message(file).contains("is a file"), message(file));
    Path empty = Files.createDirectories(temp.resolve("empty"));
    assertTrue(message(empty).contains("holds no epochs.csv"), message(empty));
    Path noSummary = RunFolderFixture.standard().writeTo(temp.resolve("no-summary"));
    Files.delete(noSummary.resolve("summary.json"));
    assertTrue(message(noSummary).contains("holds no summary.json"), message(noSummary));
  }

  private static String message(Path dir) {
    return assertThrows(RunFolderException.class, () -> RunFolderReader.read(dir)).getMessage();
  }

  private static List<String> names(RunData run) {
    return run.strategies().stream().map(StrategyRuns::name).toList();
  }

  /** Damages one file of a fixture folder. */
  interface Breakage {
    void apply(Path dir) throws IOException;
  }

  private static Breakage csv(UnaryOperator<String> edit) {
    return edit(EpochsCsv.FILE, edit);
  }

  private static Breakage json(UnaryOperator<String> edit) {
    return edit(SummaryJson.FILE, edit);
  }

  private static Breakage edit(String file, UnaryOperator<String> edit) {
    return new Breakage() {
      @Override
      public void apply(Path dir) throws IOException {
        String before = Files.readString(dir.resolve(file));
        String after = edit.apply(before);
        if (after.equals(before)) {
          throw new IllegalStateException("the edit changed nothing in " + file);
        }
        Files.writeString(dir.resolve(file), after);
      }

      @Override
      public String toString() {
        return file;
      }
    };
  }
}
