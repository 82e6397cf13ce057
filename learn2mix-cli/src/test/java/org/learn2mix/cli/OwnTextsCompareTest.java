package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --texts} end to end through the command line: what it announces, what it records,
 * the verdict, and resuming from the record.
 */
@Tag("engine")
class OwnTextsCompareTest {
  @TempDir static Path temp;
  static Path folder;
  static Path out;
  static CliRun run;

  /** Writes {@code count} texts of one class, their words telling the class apart. */
  private static void texts(String split, String label, int count, String word) throws IOException {
    Path classFolder = Files.createDirectories(folder.resolve(split).resolve(label));
    for (int i = 0; i < count; i++) {
      String text = "the film was " + word + " and " + word + " again, take " + (i % 5);
      Files.writeString(classFolder.resolve(String.format("%03d.txt", i)), text);
    }
  }

  private static CliRun compare(Path results, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--texts",
                folder.toString(),
                "--keep",
                "neg=0.5",
                "--max-tokens",
                "8",
                "--epochs",
                "2",
                "--seeds",
                "2",
                "--threads",
                "1",
                "--out",
                results.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @BeforeAll
  static void compareOnTextsOfOurOwn() throws Exception {
    folder = temp.resolve("reviews");
    texts("train", "neg", 40, "dull");
    texts("train", "pos", 40, "great");
    texts("test", "neg", 10, "dull");
    texts("test", "pos", 10, "great");
    out = temp.resolve("run");
    run = compare(out);
  }

  @Test
  void announcesWhatItReadAndWhatItChoseWithWhy() {
    assertEquals(0, run.exitCode(), run.err());
    String o = run.out();
    assertTrue(o.contains("100 texts, UTF-8"), o);
    assertTrue(o.contains("classification into the 2 classes of the class folders"), o);
    assertTrue(o.contains("split: the folder's own, train/ and test/; training keeps neg=0.5"), o);
    assertTrue(o.matches("(?s).*neg\\s+20\\s+10\\n.*pos\\s+40\\s+10\\n.*"), o);
    // the, film, was, and, again, take, 0..4 are seen twice or more, as are dull and great
    assertTrue(o.contains("vocabulary: 13 words seen at least 2 times in training"), o);
    assertTrue(o.contains("tokens kept per text: 8 (100 of 100 texts are longer and cut"), o);
    assertTrue(o.contains("settings for 60 training texts"), o);
    assertTrue(o.contains("--lr         0.0001  the imdb preset's rate"), o);
    assertTrue(o.contains("--epochs     2       yours"), o);
    assertTrue(o.contains("verdict: learn2mix against classical, paired by seed (2 seeds)"), o);
  }

  @Test
  void recordsTheFolderAndResumesFromTheRecordButNotAfterAChange() throws Exception {
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("reviews", summary.get("preset").asText());
    assertEquals("texts", summary.at("/own_data/kind").asText());
    assertEquals("8", summary.at("/own_data/options/max_tokens").asText());
    assertEquals("neg=0.5", summary.at("/own_data/options/keep").asText());

    Path copy = temp.resolve("copy");
    Files.createDirectories(copy);
    for (String file : List.of("summary.json", "epochs.csv")) {
      Files.copy(out.resolve(file), copy.resolve(file));
    }
    CliRun resumed = CliRun.of("compare", "--resume", copy.toString(), "--threads", "1");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(
        Files.readAllLines(out.resolve("epochs.csv")).size(),
        Files.readAllLines(copy.resolve("epochs.csv")).size());

    CliRun beside = CliRun.of("compare", "--resume", copy.toString(), "--max-tokens", "9");
    assertEquals(2, beside.exitCode());
    assertTrue(beside.err().contains("drop --max-tokens"), beside.err());

    Path moved = temp.resolve("moved");
    Files.createDirectories(moved);
    Files.copy(out.resolve("summary.json"), moved.resolve("summary.json"));
    Path changedFile = folder.resolve("train/pos/000.txt");
    String before = Files.readString(changedFile);
    Files.writeString(changedFile, before + " changed");
    CliRun changed = CliRun.of("compare", "--resume", moved.toString());
    Files.writeString(changedFile, before);
    assertEquals(2, changed.exitCode(), changed.err());
    assertTrue(changed.err().contains("reviews has changed since the comparison started"));
  }
}
