package org.learn2mix.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.TestFiles;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.locate.DataSet;
import org.learn2mix.data.locate.DataSetStatus;
import org.learn2mix.data.locate.DataSetStatus.Origin;
import org.learn2mix.data.locate.SearchPaths;
import org.learn2mix.data.published.Catalogue;

/** The IMDB readers on tiny archives and folders written by the tests; no network involved. */
class ReviewFilesTest {
  private static final String ARCHIVE = "aclImdb_v1.tar.gz";

  @TempDir Path root;

  /** Two reviews per folder, listed out of order, with files the reader must skip. */
  private static Map<String, byte[]> entries() {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("aclImdb/README", text("the data set"));
    e.put("aclImdb/train/pos/1_9.txt", text("Great<br />film"));
    e.put("aclImdb/train/neg/0_2.txt", text("awful"));
    e.put("aclImdb/train/pos/0_10.txt", text("Café crème, très bien"));
    e.put("aclImdb/test/neg/5_1.txt", text("bad"));
    e.put("aclImdb/train/neg/1_3.txt", text("dull"));
    e.put("aclImdb/train/unsup/0_0.txt", text("unlabelled: skipped"));
    e.put("aclImdb/train/labeledBow.feat", text("0:1"));
    e.put("aclImdb/train/urls_pos.txt", text("http://"));
    e.put("aclImdb/test/pos/3_8.txt", text("fine"));
    e.put("aclImdb/test/neg/6_4.txt", text("meh"));
    e.put("aclImdb/test/pos/4_7.txt", text("good"));
    return e;
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static ReviewArchiveFormat formatFor(byte[] archive) {
    return ((ReviewArchiveFormat) Catalogue.IMDB.format())
        .with(
            List.of(
                new ReviewArchiveFormat.KnownArchive(
                    ARCHIVE, Checksum.sha256OfFile(Checksum.sha256(archive)))),
            2);
  }

  private static final List<String> PATH_ORDER =
      List.of(
          "bad",
          "meh",
          "fine",
          "good",
          "awful",
          "dull",
          "Café crème, très bien",
          "Great<br />film");

  @Test
  void readsTheArchiveInPathOrderSkippingUnlabelledFilesAndVerifiesIt() {
    byte[] archive = TestFiles.tarGz(entries());
    Path file = TestFiles.write(root.resolve(ARCHIVE), archive);
    LoadedReviews reviews = formatFor(archive).read(root, Catalogue.IMDB.classNames());
    assertEquals(PATH_ORDER, reviews.texts());
    assertArrayEquals(new int[] {0, 0, 1, 1, 0, 0, 1, 1}, reviews.labels());
    assertArrayEquals(new int[] {4, 4}, reviews.classCounts());
    assertEquals(
        List.of(
            new VerifiedFile(
                file, Checksum.sha256(archive), VerifiedFile.Verification.ARCHIVE_SHA256)),
        reviews.files());
    assertTrue(reviews.verified());
  }

  @Test
  void readsTheExtractedFolderAlikeWithOneChecksumForAllFiles() {
    byte[] archive = TestFiles.tarGz(entries());
    entries().forEach((name, content) -> TestFiles.write(root.resolve("a/" + name), content));
    entries().forEach((name, content) -> TestFiles.write(root.resolve("b/" + name), content));
    ReviewArchiveFormat format = formatFor(archive);
    LoadedReviews a = format.read(root.resolve("a"), Catalogue.IMDB.classNames());
    assertEquals(PATH_ORDER, a.texts());
    assertArrayEquals(new int[] {0, 0, 1, 1, 0, 0, 1, 1}, a.labels());
    VerifiedFile folder = a.files().get(0);
    assertEquals(root.resolve("a/aclImdb"), folder.path());
    assertEquals(VerifiedFile.Verification.NOT_VERIFIED, folder.verification());
    // the train/ and test/ folders may also lie directly in the named folder
    LoadedReviews b = format.read(root.resolve("b/aclImdb"), Catalogue.IMDB.classNames());
    assertEquals(folder.sha256(), b.files().get(0).sha256(), "same files, same checksum");
    TestFiles.write(root.resolve("b/aclImdb/test/pos/4_7.txt"), text("good!"));
    assertFalse(
        folder
            .sha256()
            .equals(
                format
                    .read(root.resolve("b"), Catalogue.IMDB.classNames())
                    .files()
                    .get(0)
                    .sha256()));
  }

  @Test
  void aDamagedIncompleteOrDuplicatedArchiveIsNamedInOneLine() {
    byte[] archive = TestFiles.tarGz(entries());
    ReviewArchiveFormat format = formatFor(archive);
    Path file = root.resolve(ARCHIVE);

    TestFiles.write(file, Arrays.copyOf(archive, archive.length / 2));
    DataSetException truncated =
        assertThrows(DataSetException.class, () -> format.read(root, Catalogue.IMDB.classNames()));
    assertTrue(truncated.getMessage().startsWith(file + ": "), truncated.getMessage());

    Map<String, byte[]> fewer = entries();
    fewer.remove("aclImdb/test/pos/4_7.txt");
    byte[] short1 = TestFiles.tarGz(fewer);
    TestFiles.write(file, short1);
    DataSetException incomplete =
        assertThrows(
            DataSetException.class,
            () -> formatFor(short1).read(root, Catalogue.IMDB.classNames()));
    assertEquals(
        file
            + ": test/pos holds 1 reviews, expected 2; the data set is incomplete or not the IMDB"
            + " reviews",
        incomplete.getMessage());

    TestFiles.write(file, archive);
    byte[] other = TestFiles.tarGz(fewer);
    DataSetException mismatch =
        assertThrows(
            DataSetException.class, () -> formatFor(other).read(root, Catalogue.IMDB.classNames()));
    assertTrue(
        mismatch.getMessage().startsWith(file + ": checksum mismatch: SHA-256 of the file is "),
        mismatch.getMessage());

    Map<String, byte[]> twice = entries();
    twice.put("other/aclImdb/train/neg/0_2.txt", text("again"));
    byte[] doubled = TestFiles.tarGz(twice);
    TestFiles.write(file, doubled);
    DataSetException duplicate =
        assertThrows(
            DataSetException.class,
            () -> formatFor(doubled).read(root, Catalogue.IMDB.classNames()));
    assertEquals(file + "!other/aclImdb/train/neg/0_2.txt: appears twice", duplicate.getMessage());
  }

  @Test
  void theLocatorDownloadsTheArchiveIntoTheCacheAndVerifiesIt() {
    byte[] archive = TestFiles.tarGz(entries());
    DataSet<LoadedReviews> spec =
        DataSet.downloaded("imdb", Catalogue.IMDB.classNames(), formatFor(archive), null);
    Path cache = root.resolve("cache");
    DataLocator locator =
        new DataLocator(
            new SearchPaths(null, cache, null),
            (url, target) -> {
              assertEquals(
                  "https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz",
                  url.toString());
              Files.write(target, archive);
            });
    LoadedReviews reviews = locator.load(spec, null);
    assertEquals(8, reviews.size());
    assertTrue(Files.isRegularFile(cache.resolve("imdb/" + ARCHIVE)));
    DataSetStatus status = locator.survey(spec, null);
    assertEquals(Origin.CACHE, status.origin());
    assertEquals(
        "imdb: " + cache.resolve("imdb") + " (cache), 1 file(s) verified", status.describe());
  }

  @Test
  void aFolderWithoutReviewsSaysWhatItMustHold() {
    DataSet<LoadedReviews> spec =
        DataSet.downloaded(
            "imdb",
            Catalogue.IMDB.classNames(),
            ((ReviewArchiveFormat) Catalogue.IMDB.format()),
            null);
    DataLocator locator =
        new DataLocator(
            new SearchPaths(null, root.resolve("cache"), null),
            (url, target) -> {
              throw new AssertionError("no download expected");
            });
    DataSetException e = assertThrows(DataSetException.class, () -> locator.load(spec, root));
    assertEquals(
        root
            + ": no imdb data set here: missing aclImdb_v1.tar.gz (nor in "
            + root.resolve("imdb")
            + "); the folder must hold aclImdb_v1.tar.gz (or aclImdb_v1_labelled.tar.gz), or the"
            + " aclImdb/ folder extracted from it, with train/ and test/ each holding pos/ and"
            + " neg/",
        e.getMessage());
  }
}
