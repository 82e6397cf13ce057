package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare --images} end to end through the command line: what it announces, what it records,
 * and resuming from the record.
 */
@Tag("engine")
class OwnImagesCompareTest {
  @TempDir static Path temp;
  static Path images;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void compareOnImagesOfOurOwn() {
    images = ImageFolderFiles.tree(temp.resolve("my-images"), 16, 20, 0);
    out = temp.resolve("run");
    run =
        CliRun.of(
            "compare",
            "--images",
            images.toString(),
            "--keep",
            "light=0.5",
            "--epochs",
            "2",
            "--seeds",
            "2",
            "--threads",
            "1",
            "--out",
            out.toString());
  }

  @Test
  void announcesWhatItReadAndWhatItChoseWithWhy() {
    assertEquals(0, run.exitCode(), run.err());
    String o = run.out();
    assertTrue(o.contains("images: " + images.toAbsolutePath().normalize()), o);
    assertTrue(o.contains("40 images read in "), o);
    assertTrue(o.contains("grey: 1 channel (every image is grey)"), o);
    assertTrue(o.contains("size: 16x16, as every image is"), o);
    assertTrue(
        o.contains(
            "split: 20% of each class of train/ tests, split seed 0 (the same test images for"
                + " every seed); training keeps light=0.5, drawn per seed"),
        o);
    // 20 per class, 16 train 4 test; light keeps half of its 16.
    assertTrue(
        o.matches("(?s).*dark\\s+16\\s+4\\s+\\(16\\)\\n.*light\\s+8\\s+4\\s+\\(16\\)\\n.*"), o);
    assertTrue(o.contains("network: LeNet-5 for 1x16x16 images and 2 classes (by size: "), o);
    assertTrue(o.contains("settings for 24 training images"), o);
    assertTrue(o.contains("--lr         0.001   Adam's customary rate for LeNet-5"), o);
    assertTrue(o.contains("--batch-size 24      the power of two nearest N/100"), o);
    assertTrue(o.contains("--epochs     2       yours"), o);
    assertTrue(o.contains("verdict: learn2mix against classical, paired by seed (2 seeds)"), o);
  }

  @Test
  void recordsTheFolderItsChecksumAndEveryOption() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("my-images", summary.get("preset").asText());
    assertEquals("images", summary.at("/own_data/kind").asText());
    assertEquals(64, summary.at("/own_data/sha256").asText().length());
    assertEquals("lenet", summary.at("/own_data/options/model").asText());
    assertEquals("0", summary.at("/own_data/options/image_size").asText());
    assertEquals("light=0.5", summary.at("/own_data/options/keep").asText());
  }

  @Test
  void resumesFromTheRecordAndRefusesAChangedFolder() throws Exception {
    assertEquals(0, run.exitCode(), run.err());
    Path copy = temp.resolve("copy");
    Files.createDirectories(copy.resolve("checkpoints"));
    for (String file : List.of("summary.json", "epochs.csv")) {
      Files.copy(out.resolve(file), copy.resolve(file));
    }
    try (var checkpoints = Files.list(out.resolve("checkpoints"))) {
      for (Path c : checkpoints.toList()) {
        Files.copy(c, copy.resolve("checkpoints").resolve(c.getFileName()));
      }
    }
    CliRun resumed = CliRun.of("compare", "--resume", copy.toString());
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(numbers(out), numbers(copy));

    CliRun beside = CliRun.of("compare", "--resume", copy.toString(), "--image-size", "16");
    assertEquals(2, beside.exitCode());
    assertTrue(beside.err().contains("drop --image-size"), beside.err());

    Path moved = temp.resolve("moved");
    Files.createDirectories(moved);
    Files.copy(out.resolve("summary.json"), moved.resolve("summary.json"));
    Path extra = ImageFolderFiles.greyPng(images.resolve("train/dark/extra.png"), 16, 16, 3);
    CliRun changed = CliRun.of("compare", "--resume", moved.toString());
    Files.delete(extra);
    assertEquals(2, changed.exitCode(), changed.err());
    assertTrue(changed.err().contains("my-images has changed since the comparison started"));
  }

  /** epochs.csv rows with the seconds column blanked. */
  private static List<String> numbers(Path folder) throws Exception {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(folder.resolve("epochs.csv"))) {
      String[] cells = line.split(",", -1);
      cells[5] = "";
      rows.add(String.join(",", cells));
    }
    return rows;
  }
}
