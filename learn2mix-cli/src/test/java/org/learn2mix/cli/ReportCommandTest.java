package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learn2mix.report.runs.RunFolderFixture;

/** {@code learn2mix report DIR} on good and bad folders, through the command line. */
class ReportCommandTest {
  @TempDir static Path temp;

  @Test
  void rebuildsTheReportFromTheFolder() throws IOException {
    Path dir = RunFolderFixture.standard().writeTo(temp.resolve("good"));
    CliRun run = CliRun.of("report", dir.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(
        "report: " + dir.resolve("report.html").toAbsolutePath().normalize(), run.out().strip());
    for (String file : List.of("report.html", "convergence.png", "alpha.png", "per-class.png")) {
      assertTrue(Files.size(dir.resolve(file)) > 1000, file);
    }
  }

  static Stream<Arguments> badFolders() throws IOException {
    Path noCsv = RunFolderFixture.standard().writeTo(temp.resolve("no-csv"));
    Files.delete(noCsv.resolve("epochs.csv"));
    Path corrupt = RunFolderFixture.standard().writeTo(temp.resolve("corrupt"));
    Files.writeString(
        corrupt.resolve("epochs.csv"),
        Files.readString(corrupt.resolve("epochs.csv")).replace("classical,1,4,", "classical,1,"));
    Path binary = RunFolderFixture.standard().writeTo(temp.resolve("binary"));
    Files.write(binary.resolve("epochs.csv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    Path file = Files.writeString(temp.resolve("a-file"), "x");
    return Stream.of(
        Arguments.of("does not exist", List.of(temp.resolve("missing").toString())),
        Arguments.of("holds no epochs.csv", List.of(noCsv.toString())),
        Arguments.of("line 20 has 14 cells, the header 15", List.of(corrupt.toString())),
        Arguments.of("epochs.csv", List.of(binary.toString())),
        Arguments.of("is a file", List.of(file.toString())),
        Arguments.of("DIR", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFolders")
  void aBadFolderIsOneLineAndExitCodeTwo(String culprit, List<String> dir) {
    String[] args = Stream.concat(Stream.of("report"), dir.stream()).toArray(String[]::new);
    CliRun run = CliRun.of(args);
    assertEquals(2, run.exitCode(), run.err());
    String[] lines = run.err().strip().split("\n");
    assertEquals(1, lines.length, "expected one line, got:\n" + run.err());
    assertTrue(lines[0].startsWith("learn2mix: "), lines[0]);
    assertTrue(lines[0].contains(culprit), "message does not name " + culprit + ": " + lines[0]);
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("", run.out());
    if (!dir.isEmpty()) {
      assertFalse(Files.exists(Path.of(dir.get(0)).resolve("report.html")));
    }
  }

  @Test
  void verboseAddsTheStackTrace() {
    CliRun run = CliRun.of("report", "--verbose", temp.resolve("missing-too").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("\tat "), run.err());
  }
}
