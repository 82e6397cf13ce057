package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the command line, with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, o, e, false);
    }
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs {@code compare} with {@code options} and {@code --out out}, and checks that it refuses
   * them as bad input must: exit code 2, one line on stderr naming {@code message}, no stack trace,
   * nothing written.
   */
  static void assertCompareRefuses(Path out, String message, List<String> options) {
    List<String> args = new ArrayList<>(List.of("compare"));
    args.addAll(options);
    args.addAll(List.of("--out", out.toString()));
    CliRun run = of(args.toArray(String[]::new));

    assertEquals(2, run.exitCode(), run.err());
    String[] lines = run.err().strip().split("\n");
    assertEquals(1, lines.length, "expected one line, got:\n" + run.err());
    assertTrue(lines[0].startsWith("learn2mix: "), lines[0]);
    assertTrue(lines[0].contains(message), "expected '" + message + "' in: " + lines[0]);
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(out), "output folder created despite bad input");
  }
}
