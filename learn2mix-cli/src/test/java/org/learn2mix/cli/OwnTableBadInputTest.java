package org.learn2mix.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bad table or bad own-data options through the real command line: exit code 2, one line on
 * stderr saying what is wrong and where, no stack trace, nothing written.
 */
class OwnTableBadInputTest {
  @TempDir static Path temp;

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text);
  }

  /** Ten rows of classes a and b with a numeric feature x and a numeric target y. */
  private static String good() {
    StringBuilder csv = new StringBuilder("x,kind,y\n");
    for (int i = 0; i < 10; i++) {
      csv.append(i).append(',').append(i % 2 == 0 ? "a" : "b").append(',').append(2 * i);
      csv.append('\n');
    }
    return csv.toString();
  }

  static Stream<Arguments> badInputs() throws IOException {
    Path good = write("good.csv", good());
    String table = good.toString();
    Path folder = Files.createDirectories(temp.resolve("a-folder.csv"));
    return Stream.of(
        Arguments.of(
            "missing.csv: no such file",
            List.of("--table", temp.resolve("missing.csv").toString(), "--label", "kind")),
        Arguments.of(
            "a-folder.csv is a folder; a table is a CSV file",
            List.of("--table", folder.toString(), "--label", "kind")),
        Arguments.of(
            "line 1 holds numbers (1, 2, 3) where a header line naming the columns is needed",
            List.of("--table", write("nohead.csv", "1,2,3\n4,5,6\n").toString(), "--label", "2")),
        Arguments.of(
            "columns 1 and 3 are both called 'x'",
            List.of(
                "--table", write("dup.csv", "x,kind,x\n1,a,2\n").toString(), "--label", "kind")),
        Arguments.of(
            "has no label column 'knd'; did you mean 'kind'? (its columns: 'x', 'kind', 'y')",
            List.of("--table", table, "--label", "knd")),
        Arguments.of(
            "has no class column 'Kind'; did you mean 'kind'?",
            List.of("--table", table, "--target", "y", "--class", "Kind")),
        Arguments.of(
            "the label column 'kind' has one value ('a') in all 3 rows kept",
            List.of(
                "--table",
                write("one.csv", "x,kind\n1,a\n2,a\n3,a\n").toString(),
                "--label",
                "kind")),
        Arguments.of(
            "class 'b' has 1 training example (of 2 rows, 20% held out for testing); a class needs"
                + " at least 2",
            List.of(
                "--table",
                write("rare.csv", "x,kind\n1,a\n2,a\n3,a\n4,a\n5,a\n6,b\n7,b\n").toString(),
                "--label",
                "kind")),
        Arguments.of(
            "class 'b' keeps 1 of its 4 training examples (25%); a class needs at least 2",
            List.of("--table", table, "--label", "kind", "--keep", "b=0.25")),
        Arguments.of(
            "text.csv: line 3, column 3 (y): 'lots' is not a number, and the target of a"
                + " regression must be one",
            List.of(
                "--table",
                write("text.csv", "x,kind,y\n1,a,2\n2,b,lots\n").toString(),
                "--target",
                "y",
                "--class",
                "kind")),
        Arguments.of(
            "short.csv: line 3 has 2 value(s), but the header names 3 columns",
            List.of(
                "--table",
                write("short.csv", "x,kind,y\n1,a,2\n2,b\n").toString(),
                "--label",
                "kind")),
        Arguments.of(
            "give either a preset (wine-quality) or --table FILE, not both",
            List.of("wine-quality", "--table", table, "--label", "kind")),
        Arguments.of(
            "--label (classification) and --target (regression) exclude each other",
            List.of("--table", table, "--label", "kind", "--target", "y")),
        Arguments.of(
            "--table needs --label COLUMN (classification) or --target COLUMN",
            List.of("--table", table)),
        Arguments.of(
            "--target needs --class COLUMN or --class-bins N",
            List.of("--table", table, "--target", "y")),
        Arguments.of(
            "--class is for regression (--target)",
            List.of("--table", table, "--label", "kind", "--class", "x")),
        Arguments.of(
            "--label is for your own data: it needs --table FILE", List.of("--label", "kind")),
        Arguments.of(
            "--class-bins must be at least 2",
            List.of("--table", table, "--target", "y", "--class-bins", "1")),
        Arguments.of(
            "--test-fraction must be in (0, 1)",
            List.of("--table", table, "--label", "kind", "--test-fraction", "1")),
        Arguments.of(
            "--keep wants CLASS=FRACTION, got 'b'",
            List.of("--table", table, "--label", "kind", "--keep", "b")),
        Arguments.of(
            "--keep b=2: the fraction must be in (0, 1]",
            List.of("--table", table, "--label", "kind", "--keep", "b=2")),
        Arguments.of(
            "no class 'c' to keep a share of (the classes are a, b)",
            List.of("--table", table, "--label", "kind", "--keep", "c=0.5")),
        Arguments.of(
            "--hidden widths must be at least 1",
            List.of("--table", table, "--label", "kind", "--hidden", "8,0")),
        Arguments.of(
            "--separator: a separator is one character or 'tab'",
            List.of("--table", table, "--label", "kind", "--separator", "::")),
        Arguments.of(
            "--missing must be drop or mean",
            List.of("--table", table, "--label", "kind", "--missing", "zero")),
        Arguments.of(
            "other.csv: line 2: class 'c' does not occur in good.csv; every test class needs"
                + " training rows",
            List.of(
                "--table",
                table,
                "--label",
                "kind",
                "--test-table",
                write("other.csv", "x,kind,y\n1,c,2\n").toString())),
        Arguments.of(
            "only-a.csv: has no row of class 'b'; every class needs test rows",
            List.of(
                "--table",
                table,
                "--label",
                "kind",
                "--test-table",
                write("only-a.csv", "x,kind,y\n1,a,2\n").toString())),
        Arguments.of(
            "cols.csv: its columns ('x', 'y') are not those of good.csv ('x', 'kind', 'y')",
            List.of(
                "--table",
                table,
                "--label",
                "kind",
                "--test-table",
                write("cols.csv", "x,y\n1,2\n").toString())),
        Arguments.of(
            "--test-fraction splits the test rows off --table; --test-table gives them: drop one",
            List.of(
                "--table",
                table,
                "--label",
                "kind",
                "--test-table",
                table,
                "--test-fraction",
                "0.3")),
        Arguments.of(
            "--data-dir is for presets",
            List.of("--table", table, "--label", "kind", "--data-dir", temp.toString())),
        Arguments.of(
            "--strategies: focal is for classification only, and good is regression",
            List.of(
                "--table", table, "--target", "y", "--class", "kind", "--strategies", "focal")));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badInputs")
  void saysWhatIsWrongInOneLineExitsWithTwoAndWritesNothing(String message, List<String> options) {
    CliRun.assertCompareRefuses(
        temp.resolve("out-" + Math.abs(options.hashCode())), message, options);
  }
}
