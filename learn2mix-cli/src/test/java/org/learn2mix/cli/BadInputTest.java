package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input gets exit code 2, one line on stderr naming the culprit, no stack trace, and no result
 * files.
 */
class BadInputTest {
  @TempDir static Path temp;

  static Stream<Arguments> badInputs() throws IOException {
    Path aFile = Files.writeString(temp.resolve("a-file"), "not a folder");
    Path finished = Files.createDirectories(temp.resolve("finished"));
    Files.writeString(finished.resolve("summary.json"), "{}");
    return Stream.of(
        Arguments.of("--gamma", List.of("--gamma", "1.5")),
        Arguments.of("--gamma", List.of("--gamma", "0")),
        Arguments.of("--gamma", List.of("--gamma", "-0.1")),
        Arguments.of("--gamma", List.of("--gamma", "NaN")),
        Arguments.of("--batch-size", List.of("--batch-size", "0")),
        Arguments.of("--batch-size", List.of("--batch-size", "-5")),
        Arguments.of("--batch-size", List.of("--batch-size", "many")),
        Arguments.of("--micro-batch", List.of("--micro-batch", "0")),
        Arguments.of("--epochs", List.of("--epochs", "0")),
        Arguments.of("--seeds", List.of("--seeds", "0")),
        Arguments.of("--lr", List.of("--lr", "-1")),
        Arguments.of("--threads", List.of("--threads", "0")),
        Arguments.of("--device", List.of("--device", "tpu")),
        Arguments.of("--device", List.of("--device", "gpu:-1")),
        Arguments.of("gpu:1 is not available", List.of("--device", "gpu:1")),
        Arguments.of("no-such-preset", List.of("no-such-preset")),
        Arguments.of("--strategies", List.of("--strategies", "learn2mix,sgd")),
        Arguments.of("twice", List.of("--strategies", "classical,classical")),
        Arguments.of("--signal", List.of("--signal", "median")),
        Arguments.of("--update", List.of("--update", "hourly")),
        Arguments.of("protocol", List.of("--protocol", "folklore")),
        Arguments.of("cifar10", List.of("cifar10", "--protocol", "reference-code")),
        Arguments.of("--out", List.of("--out", aFile.toString())),
        Arguments.of("--out", List.of("--out", aFile.resolve("below").toString())),
        Arguments.of("already holds results", List.of("--out", finished.toString())),
        Arguments.of("focal", List.of("--strategies", "learn2mix,focal")),
        Arguments.of("--data-dir", List.of("--data-dir", temp.toString())),
        Arguments.of("--frobnicate", List.of("--frobnicate")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badInputs")
  void saysWhatIsWrongInOneLineAndExitsWithTwo(String culprit, List<String> options)
      throws IOException {
    Path out = temp.resolve("out-" + Math.abs(options.hashCode()));
    List<String> args = new ArrayList<>(List.of("compare"));
    args.addAll(options);
    if (!options.contains("--out")) {
      args.addAll(List.of("--out", out.toString()));
    }
    CliRun run = CliRun.of(args.toArray(String[]::new));

    assertEquals(2, run.exitCode(), run.err());
    String[] lines = run.err().strip().split("\n");
    assertEquals(1, lines.length, "expected one line, got:\n" + run.err());
    assertTrue(lines[0].startsWith("learn2mix: "), lines[0]);
    assertTrue(lines[0].contains(culprit), "message does not name " + culprit + ": " + lines[0]);
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(out.resolve("epochs.csv")), "results written despite bad input");
    assertFalse(Files.exists(out), "output folder created despite bad input");
  }

  @ParameterizedTest(name = "verbose {1}")
  @MethodSource("badInputs")
  void verboseAddsTheStackTrace(String culprit, List<String> options) {
    if (options.contains("--frobnicate") || options.contains("--out")) {
      return; // parse errors and folders are covered above
    }
    List<String> args = new ArrayList<>(List.of("compare", "--verbose"));
    args.addAll(options);
    args.addAll(List.of("--out", temp.resolve("verbose-out").toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("\tat "), "no stack trace with --verbose:\n" + run.err());
  }
}
