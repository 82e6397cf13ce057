package org.learn2mix.data.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.TestFiles;
import org.learn2mix.data.locate.DataSetStatus.Origin;
import org.learn2mix.data.published.Catalogue;
import org.learn2mix.data.tables.CsvFile;
import org.learn2mix.data.tables.CsvFormat;
import org.learn2mix.data.tables.LoadedTables;
import org.learn2mix.data.tables.TableColumn;

/** Tables go through the same locator as images: found, downloaded, verified; no network. */
class TableLocatorTest {
  private static final byte[] CONTENT = "a;b\n1;2\n3;4\n".getBytes(StandardCharsets.UTF_8);
  private static final DataSet<LoadedTables> TINY =
      DataSet.downloaded(
          "tiny-table",
          List.of(),
          new CsvFormat(
              List.of(
                  new CsvFile(
                      new RemoteFile(
                          "t.csv",
                          URI.create("https://example.invalid/t.csv"),
                          Checksum.sha256OfContent(Checksum.sha256(CONTENT))),
                      ';',
                      TableColumn.numbers(List.of("a", "b"))))),
          null);
  private static final Downloader NO_DOWNLOAD =
      (url, target) -> fail("nothing should be downloaded, yet " + url + " was");

  @TempDir Path root;
  private SearchPaths paths;

  @BeforeEach
  void folders() {
    paths = new SearchPaths(root.resolve("env"), root.resolve("cache"), null);
  }

  @Test
  void aDataDirOrItsSubFolderHoldsTheTable() {
    TestFiles.write(root.resolve("dir/tiny-table/t.csv"), CONTENT);
    LoadedTables loaded = new DataLocator(paths, NO_DOWNLOAD).load(TINY, root.resolve("dir"));
    assertEquals(2, loaded.table("t.csv").rows());
    assertTrue(loaded.verified());
  }

  @Test
  void downloadsIntoTheCacheAndVerifiesBeforeUse() {
    List<URI> asked = new ArrayList<>();
    DataLocator locator =
        new DataLocator(
            paths,
            (url, target) -> {
              asked.add(url);
              Files.write(target, CONTENT);
            });
    LoadedTables loaded = locator.load(TINY, null);
    assertEquals(List.of(URI.create("https://example.invalid/t.csv")), asked);
    assertEquals(root.resolve("cache/tiny-table/t.csv"), loaded.files().get(0).path());
    assertEquals(Origin.CACHE, locator.survey(TINY, null).origin());
  }

  @Test
  void aBadLineIsNamedBeforeTheChecksumAndAnOtherwiseDifferentFileFailsItsChecksum() {
    Path file = root.resolve("env/tiny-table/t.csv");
    TestFiles.write(file, "a;b\n1;2\n3;x\n".getBytes(StandardCharsets.UTF_8));
    DataLocator locator = new DataLocator(paths, NO_DOWNLOAD);
    assertEquals(
        file + ": line 3, column 2 (b): 'x' is not a number",
        assertThrows(DataSetException.class, () -> locator.load(TINY, null)).getMessage());
    TestFiles.write(file, "a;b\n1;2\n3;5\n".getBytes(StandardCharsets.UTF_8));
    String message =
        assertThrows(DataSetException.class, () -> locator.load(TINY, null)).getMessage();
    assertTrue(message.startsWith(file + ": checksum mismatch"), message);
  }

  @Test
  void aDataDirWithoutTheFilesSaysWhichAreExpected() {
    Path dir = root.resolve("empty");
    TestFiles.write(dir.resolve("other.csv"), CONTENT);
    assertEquals(
        dir
            + ": no wine-quality data set here: missing winequality-red.csv (nor in "
            + dir.resolve("wine-quality")
            + "); the folder must hold winequality-red.csv and winequality-white.csv",
        assertThrows(
                DataSetException.class,
                () -> new DataLocator(paths, NO_DOWNLOAD).load(Catalogue.WINE_QUALITY, dir))
            .getMessage());
  }
}
