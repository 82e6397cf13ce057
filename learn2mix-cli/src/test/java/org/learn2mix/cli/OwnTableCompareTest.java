package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.learn2mix.data.locate.Checksum;

/**
 * {@code compare --table} end to end through the command line: what it announces, what it records,
 * the verdict, and resuming from the record.
 */
@Tag("engine")
class OwnTableCompareTest {
  @TempDir static Path temp;
  static Path table;
  static Path out;
  static CliRun run;

  /**
   * 60 rows: classes common (40), rare (10) and odd (10), a numeric feature x that separates them,
   * a categorical colour, an ignored id, and one row with a missing x.
   */
  private static String csv() {
    StringBuilder text = new StringBuilder("id;x;colour;kind\n");
    for (int i = 0; i < 60; i++) {
      String kind = i < 40 ? "common" : i < 50 ? "rare" : "odd";
      double x = i < 40 ? 0.1 * (i % 7) : i < 50 ? 3 + 0.1 * (i % 5) : -3 - 0.1 * (i % 5);
      String cell = i == 13 ? "NA" : String.valueOf(x);
      text.append("row")
          .append(i)
          .append(';')
          .append(cell)
          .append(';')
          .append(i % 2 == 0 ? "red" : "\"dark; blue\"")
          .append(';')
          .append(kind)
          .append('\n');
    }
    return text.toString();
  }

  private static CliRun compare(Path folder, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--table",
                table.toString(),
                "--label",
                "kind",
                "--ignore",
                "id",
                "--epochs",
                "4",
                "--seeds",
                "2",
                "--threads",
                "1",
                "--out",
                folder.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @BeforeAll
  static void compareOnATableOfOurOwn() throws Exception {
    table = Files.writeString(temp.resolve("my-data.csv"), csv());
    out = temp.resolve("run");
    run = compare(out);
  }

  @Test
  void announcesWhatItReadAndWhatItChoseWithWhy() {
    assertEquals(0, run.exitCode(), run.err());
    String o = run.out();
    assertTrue(o.contains("separator ';', 60 rows, 4 columns"), o);
    assertTrue(o.contains("classification of 'kind' into 3 classes; metric test_accuracy"), o);
    assertTrue(o.contains("numeric features, standardised with training statistics: 1 (x)"), o);
    assertTrue(o.contains("one-hot encoded: colour (2 categories)"), o);
    assertTrue(o.contains("ignored: id"), o);
    assertTrue(o.contains("rows dropped: 1 with a missing value (missing cells: x 1)"), o);
    // ⌊0.8 N_c⌋ train: common 39 (one dropped) -> 31, odd 10 -> 8, rare 10 -> 8.
    assertTrue(o.matches("(?s).*common\\s+31\\s+8\\n.*odd\\s+8\\s+2\\n.*rare\\s+8\\s+2\\n.*"), o);
    assertTrue(o.contains("network: MLP 3 -> 64 -> ReLU -> 3"), o);
    assertTrue(o.contains("settings for 47 training rows"), o);
    assertTrue(o.contains("--lr         0.001   Adam's customary rate"), o);
    assertTrue(o.contains("--batch-size 16      the power of two nearest N/20"), o);
    assertTrue(o.contains("--epochs     4       yours"), o);
  }

  @Test
  void printsTheVerdictAfterTheTableAndRecordsItWithTheOwnData() throws Exception {
    String o = run.out();
    int tableAt = o.indexOf("strategy ");
    int verdict = o.indexOf("verdict: learn2mix against classical, paired by seed (2 seeds)");
    assertTrue(tableAt >= 0 && verdict > tableAt, o);
    assertTrue(o.contains("test_accuracy at epoch 4: learn2mix - classical = "), o);
    assertTrue(o.contains("95% interval"), o);
    assertTrue(o.contains("worst class under classical: "), o);

    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("my-data", summary.get("preset").asText());
    assertEquals("table", summary.at("/own_data/kind").asText());
    assertEquals(
        Checksum.sha256(Files.readAllBytes(table)), summary.at("/own_data/sha256").asText());
    assertEquals("kind", summary.at("/own_data/options/label").asText());
    assertEquals("id", summary.at("/own_data/options/ignore").asText());
    assertEquals("64", summary.at("/own_data/options/hidden").asText());
    assertEquals(2, summary.at("/verdict/paired_seeds").asInt());
    assertEquals(4, summary.at("/verdict/epoch").asInt());
    assertTrue(summary.at("/verdict/interval_95/low").isNumber());
    assertEquals(
        List.of("common", "odd", "rare"),
        List.of(
            summary.at("/classes/names/0").asText(),
            summary.at("/classes/names/1").asText(),
            summary.at("/classes/names/2").asText()));

    String page = Files.readString(out.resolve("report.html"));
    int verdictAt = page.indexOf("<h2>Verdict</h2>");
    assertTrue(verdictAt > 0 && verdictAt < page.indexOf("<h2>Summary</h2>"), "verdict on top");
  }

  @Test
  void resumesFromTheRecordAndRefusesAChangedFile() throws Exception {
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

    CliRun beside = CliRun.of("compare", "--resume", copy.toString(), "--label", "kind");
    assertEquals(2, beside.exitCode());
    assertTrue(beside.err().contains("drop --label"), beside.err());

    Path moved = temp.resolve("moved");
    Files.createDirectories(moved);
    Files.copy(out.resolve("summary.json"), moved.resolve("summary.json"));
    Files.writeString(table, csv().replace("row59", "row-59"));
    CliRun changed = CliRun.of("compare", "--resume", moved.toString());
    Files.writeString(table, csv());
    assertEquals(2, changed.exitCode(), changed.err());
    assertTrue(changed.err().contains("my-data.csv has changed since the comparison started"));
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

  @Test
  void takesItsTestRowsFromATestFileAndRecordsItsChecksum() throws Exception {
    String rows = csv();
    String header = rows.substring(0, rows.indexOf('\n') + 1);
    Path testFile =
        Files.writeString(
            temp.resolve("my-test.csv"),
            header
                + rows.lines()
                    .skip(1)
                    .filter(l -> l.matches("row[145].*"))
                    .map(l -> l + "\n")
                    .reduce("", String::concat));
    Path folder = temp.resolve("with-test-file");
    CliRun r =
        compare(folder, "--test-table", testFile.toString(), "--strategies", "learn2mix,classical");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("test rows from " + testFile.toAbsolutePath()), r.out());
    assertTrue(r.out().contains("split: the test file's rows test, every row of the table trains"));
    // The table's 59 complete rows train. The test file holds row1, row4, row5 and row10..row19
    // (row13 lacks x), all common, then row40..row49 (rare) and row50..row59 (odd).
    assertTrue(
        r.out().matches("(?s).*common\\s+39\\s+12\\n.*odd\\s+10\\s+10\\n.*rare\\s+10\\s+10\\n.*"),
        r.out());
    JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
    assertEquals(
        testFile.toAbsolutePath().toString(),
        summary.at("/own_data/options/test_table/0").asText());
    assertEquals(
        Checksum.sha256(Files.readAllBytes(testFile)),
        summary.at("/own_data/options/test_table/1").asText());
  }

  @Test
  void regressesOverQuantileBinsWithOneSeedAndNoInterval() throws Exception {
    Path bins = temp.resolve("bins");
    CliRun r =
        CliRun.of(
            "compare",
            "--table",
            table.toString(),
            "--target",
            "x",
            "--class-bins",
            "3",
            "--ignore",
            "id",
            "--missing",
            "mean",
            "--epochs",
            "2",
            "--seeds",
            "1",
            "--threads",
            "1",
            "--strategies",
            "learn2mix,classical",
            "--out",
            bins.toString());
    assertEquals(0, r.exitCode(), r.err());
    // x is the target, so a missing x still drops its row; kind and colour are one-hot features.
    assertTrue(r.out().contains("regression of 'x', mixing over 3 quantile bins"), r.out());
    assertTrue(r.out().contains("one-hot encoded: colour (2 categories), kind (3 categories)"));
    assertTrue(r.out().contains("(one seed: no interval; more seeds give one)"), r.out());
  }

  @Test
  void readsTheRealHousingFileDroppingRowsWithAMissingBedroomCount() {
    String shared = System.getProperty("shared.datasets");
    Path housing = shared == null ? null : Path.of(shared, "california-housing", "housing.csv");
    assumeTrue(housing != null && Files.isRegularFile(housing), "no shared data");
    CliRun r =
        CliRun.of(
            "compare",
            "--table",
            housing.toString(),
            "--target",
            "median_house_value",
            "--class",
            "ocean_proximity",
            "--epochs",
            "1",
            "--seeds",
            "1",
            "--threads",
            "1",
            "--strategies",
            "learn2mix,classical",
            "--out",
            temp.resolve("housing").toString());
    assertEquals(0, r.exitCode(), r.err());
    String o = r.out();
    assertTrue(o.contains("20640 rows, 10 columns"), o);
    assertTrue(
        o.contains("rows dropped: 207 with a missing value (missing cells: total_bedrooms 207)"),
        o);
    assertTrue(o.contains("divided by 100000"), o);
    assertTrue(o.matches("(?s).*ISLAND\\s+4\\s+1\\n.*"), o);
    assertTrue(o.contains("network: MLP 8 -> 64 -> ReLU -> 1"), o);
  }
}
