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
 * A bad text folder or bad text options through the real command line: exit code 2, one line on
 * stderr saying what is wrong and where, no stack trace, nothing written.
 */
class OwnTextsBadInputTest {
  @TempDir static Path temp;

  private static Path text(String relative, byte[] bytes) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static Path text(String relative, String words) throws IOException {
    return text(relative, words.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A folder of two classes of four texts each, no test folder. */
  private static Path good() throws IOException {
    for (int i = 0; i < 4; i++) {
      text("good/train/neg/" + i + ".txt", "dull film " + i);
      text("good/train/pos/" + i + ".txt", "great film " + i);
    }
    return temp.resolve("good");
  }

  static Stream<Arguments> badInputs() throws IOException {
    String good = good().toString();
    Files.createDirectories(temp.resolve("no-classes/train"));
    Files.createDirectories(temp.resolve("empty-class/train/neg"));
    text("empty-class/train/pos/1.txt", "great");
    text("extra-test/train/neg/1.txt", "dull");
    text("extra-test/test/neg/1.txt", "dull");
    text("extra-test/test/pos/1.txt", "great");
    text("latin1/train/neg/1.txt", "dull");
    text("latin1/train/pos/caf.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Path file = text("a-file", "not a folder");
    return Stream.of(
        Arguments.of(
            "nowhere does not exist; --texts needs a folder holding train/<class>/*.txt",
            List.of("--texts", temp.resolve("nowhere").toString())),
        Arguments.of("a-file is a file", List.of("--texts", file.toString())),
        Arguments.of(
            "has no train/ folder; expected train/<class>/*.txt",
            List.of("--texts", temp.toString())),
        Arguments.of(
            "train: has no class folders; expected one folder of .txt files per class",
            List.of("--texts", temp.resolve("no-classes").toString())),
        Arguments.of(
            "neg: has no .txt files", List.of("--texts", temp.resolve("empty-class").toString())),
        Arguments.of(
            "pos: a class folder that train/ does not have (its classes are neg)",
            List.of("--texts", temp.resolve("extra-test").toString())),
        Arguments.of(
            "caf.txt: not UTF-8 text (byte 0xe9 at offset 3); save it as UTF-8",
            List.of("--texts", temp.resolve("latin1").toString())),
        Arguments.of(
            "no class 'c' to keep a share of (the classes are neg, pos)",
            List.of("--texts", good, "--keep", "c=0.5")),
        Arguments.of(
            "class 'neg' keeps 1 of its 3 training examples (50%); a class needs at least 2",
            List.of("--texts", good, "--keep", "neg=0.5")),
        Arguments.of(
            "give either a preset (imdb) or --texts DIR, not both",
            List.of("imdb", "--texts", good)),
        Arguments.of(
            "give either --table FILE or --texts DIR, not both",
            List.of("--texts", good, "--table", good)),
        Arguments.of(
            "--label is for --table; --texts does not use it",
            List.of("--texts", good, "--label", "kind")),
        Arguments.of(
            "--max-tokens is for --texts; --table does not use it",
            List.of("--table", good, "--label", "kind", "--max-tokens", "10")),
        Arguments.of(
            "--min-count is for your own texts: it needs --texts DIR", List.of("--min-count", "3")),
        Arguments.of(
            "--test-table is for --table; --texts does not use it",
            List.of("--texts", good, "--test-table", good)),
        Arguments.of(
            "--max-tokens must be at least 1", List.of("--texts", good, "--max-tokens", "0")),
        Arguments.of(
            "--data-dir is for presets; --texts names its folder itself",
            List.of("--texts", good, "--data-dir", good)));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badInputs")
  void saysWhatIsWrongInOneLineExitsWithTwoAndWritesNothing(String message, List<String> options) {
    CliRun.assertCompareRefuses(
        temp.resolve("out-" + Math.abs(options.hashCode())), message, options);
  }
}
