package org.learn2mix.data.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.TestFiles;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.cifar.CifarFormat;
import org.learn2mix.data.idx.IdxFormat;
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.DataSetStatus.Origin;
import org.learn2mix.data.published.Catalogue;
import org.learn2mix.data.published.ImageClassNames;

/** Where the locator looks, in which order, and how it downloads; no network involved. */
class DataLocatorTest {
  private static final Map<String, byte[]> CONTENTS = TestFiles.tinyIdx();
  private static final DataSet<LoadedImages> TINY =
      DataSet.downloaded(
          "tiny", ImageClassNames.DIGITS, TestFiles.idxFormatOf(CONTENTS), "tiny-sys");
  private static final Downloader NO_DOWNLOAD =
      (url, target) -> fail("nothing should be downloaded, yet " + url + " was");

  @TempDir Path root;
  private Path dataDir;
  private Path env;
  private Path cache;
  private Path system;
  private SearchPaths paths;

  @BeforeEach
  void folders() {
    dataDir = root.resolve("data-dir");
    env = root.resolve("env");
    cache = root.resolve("cache/learn2mix");
    system = root.resolve("usr-share-datasets");
    paths = new SearchPaths(env, cache, system);
  }

  private DataLocator locator(Downloader downloader) {
    return new DataLocator(paths, downloader);
  }

  private Origin foundIn(Path dataDirOrNull) {
    return locator(NO_DOWNLOAD).find(TINY, dataDirOrNull).map(l -> l.origin()).orElse(null);
  }

  @Test
  void searchesDataDirThenEnvironmentThenCacheThenSystemFolder() {
    TestFiles.writeGzipped(system.resolve("tiny-sys"), CONTENTS);
    assertEquals(Origin.SYSTEM, foundIn(null));
    TestFiles.writeGzipped(cache.resolve("tiny"), CONTENTS);
    assertEquals(Origin.CACHE, foundIn(null));
    TestFiles.writeGzipped(env.resolve("tiny"), CONTENTS);
    assertEquals(Origin.ENVIRONMENT, foundIn(null));
    TestFiles.writeGzipped(dataDir, CONTENTS);
    assertEquals(Origin.DATA_DIR, foundIn(dataDir));

    LoadedImages loaded = locator(NO_DOWNLOAD).load(TINY, null);
    assertTrue(loaded.files().get(0).path().startsWith(env.resolve("tiny")));
    assertTrue(loaded.verified());
  }

  @Test
  void aDataDirMayHoldTheFilesOrASubFolderNamedAfterTheDataSet() {
    TestFiles.writeGzipped(dataDir.resolve("tiny"), CONTENTS);
    LoadedImages loaded = locator(NO_DOWNLOAD).load(TINY, dataDir);
    assertTrue(loaded.files().get(0).path().startsWith(dataDir.resolve("tiny")));
  }

  @Test
  void aDataDirWithoutTheFilesIsAnErrorEvenIfTheyAreElsewhere() throws IOException {
    TestFiles.writeGzipped(cache.resolve("tiny"), CONTENTS);
    Files.createDirectories(dataDir);
    DataSetException e =
        assertThrows(DataSetException.class, () -> locator(NO_DOWNLOAD).load(TINY, dataDir));
    assertEquals(
        dataDir
            + ": no tiny data set here: missing train-images-idx3-ubyte.gz (nor in "
            + dataDir.resolve("tiny")
            + "); the folder must hold "
            + TINY.format().expectedFiles(),
        e.getMessage());
    Path absent = root.resolve("typo");
    assertEquals(
        absent + ": no such folder (named as the data folder)",
        assertThrows(DataSetException.class, () -> locator(NO_DOWNLOAD).load(TINY, absent))
            .getMessage());
  }

  @Test
  void anIncompleteFolderIsPassedOver() {
    Map<String, byte[]> some = new HashMap<>(CONTENTS);
    some.remove(IdxFormat.TEST_LABELS);
    TestFiles.writeGzipped(env.resolve("tiny"), some);
    TestFiles.writeGzipped(system.resolve("tiny-sys"), CONTENTS);
    assertEquals(Origin.SYSTEM, foundIn(null));
  }

  @Test
  void downloadsIntoTheCacheWhenNowhereElseAndThenFindsItThere() {
    Map<URI, byte[]> served = new HashMap<>();
    for (RemoteFile f : TINY.format().remoteFiles()) {
      String name = f.fileName().replace(".gz", "");
      served.put(f.url(), TestFiles.gzip(CONTENTS.get(name)));
    }
    List<URI> asked = new ArrayList<>();
    Downloader serving =
        (url, target) -> {
          asked.add(url);
          Files.write(target, served.get(url));
        };
    LoadedImages loaded = locator(serving).load(TINY, null);
    assertEquals(4, asked.size());
    assertEquals(
        URI.create("https://example.invalid/tiny/train-images-idx3-ubyte.gz"), asked.get(0));
    assertTrue(loaded.verified());
    assertEquals(
        List.of(
            "t10k-images-idx3-ubyte.gz",
            "t10k-labels-idx1-ubyte.gz",
            "train-images-idx3-ubyte.gz",
            "train-labels-idx1-ubyte.gz"),
        filesIn(cache.resolve("tiny")),
        "no partial downloads are left");
    assertEquals(Origin.CACHE, foundIn(null));
  }

  @Test
  void onlyTheMissingFilesAreDownloaded() throws IOException {
    TestFiles.writeGzipped(cache.resolve("tiny"), CONTENTS);
    Files.delete(cache.resolve("tiny/t10k-images-idx3-ubyte.gz"));
    List<URI> asked = new ArrayList<>();
    locator(
            (url, target) -> {
              asked.add(url);
              Files.write(target, CONTENTS.get(IdxFormat.TEST_IMAGES));
            })
        .load(TINY, null);
    assertEquals(
        List.of(URI.create("https://example.invalid/tiny/t10k-images-idx3-ubyte.gz")), asked);
  }

  @Test
  void downloadsAndVerifiesACifarArchiveByItsMd5() {
    byte[] batch = TestFiles.cifarRecord(3, 4);
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    CifarFormat shape = ((CifarFormat) Catalogue.CIFAR10.format()).withRecordsPerFile(1, 1);
    shape.allFiles().forEach(f -> entries.put("cifar-10-batches-bin/" + f, batch));
    byte[] archive = TestFiles.tarGz(entries);
    CifarFormat format = shape.withArchiveChecksum(Checksum.md5OfFile(TestFiles.md5(archive)));
    DataSet<LoadedImages> spec =
        DataSet.downloaded("cifar10", ImageClassNames.CIFAR10, format, null);
    List<URI> asked = new ArrayList<>();
    LoadedImages loaded =
        locator(
                (url, target) -> {
                  asked.add(url);
                  Files.write(target, archive);
                })
            .load(spec, null);
    assertEquals(
        List.of(URI.create("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz")), asked);
    assertEquals(5, loaded.train().count());
    assertEquals(VerifiedFile.Verification.ARCHIVE_MD5, loaded.files().get(0).verification());
    assertEquals(List.of("cifar-10-binary.tar.gz"), filesIn(cache.resolve("cifar10")));
  }

  @Test
  void aFailedDownloadSaysWhichUrlFailedAndWhereToPutTheFiles() {
    Downloader failing =
        (url, target) -> {
          Files.write(target, new byte[] {1, 2, 3});
          throw new ConnectException("Connection refused");
        };
    DataSetException e =
        assertThrows(DataSetException.class, () -> locator(failing).load(TINY, null));
    assertEquals(
        "download of https://example.invalid/tiny/train-images-idx3-ubyte.gz failed"
            + " (ConnectException: Connection refused); put train-images-idx3-ubyte.gz into "
            + cache.resolve("tiny")
            + " by hand, or name a data folder holding "
            + TINY.format().expectedFiles()
            + ", or put them into $LEARN2MIX_DATA/tiny",
        e.getMessage());
    assertEquals(List.of(), filesIn(cache.resolve("tiny")));
  }

  @Test
  void aCorruptDownloadIsDiscardedWithBothChecksums() {
    byte[] wrong = TestFiles.idxLabels(7, 7, 7);
    DataSetException e =
        assertThrows(
            DataSetException.class,
            () ->
                locator((url, target) -> Files.write(target, TestFiles.gzip(wrong)))
                    .load(TINY, null));
    assertTrue(
        e.getMessage()
            .startsWith(
                "train-images-idx3-ubyte.gz downloaded from"
                    + " https://example.invalid/tiny/train-images-idx3-ubyte.gz does not match its"
                    + " checksum: SHA-256 of the decompressed content is "
                    + Checksum.sha256(wrong)
                    + ", expected "
                    + Checksum.sha256(CONTENTS.get(IdxFormat.TRAIN_IMAGES))
                    + "; the download was discarded"),
        e.getMessage());
    assertEquals(List.of(), filesIn(cache.resolve("tiny")));
    // A download that is not even valid gzip is discarded too.
    byte[] cut = TestFiles.gzip(CONTENTS.get(IdxFormat.TRAIN_IMAGES));
    DataSetException damaged =
        assertThrows(
            DataSetException.class,
            () ->
                locator((url, target) -> Files.write(target, java.util.Arrays.copyOf(cut, 30)))
                    .load(TINY, null));
    assertTrue(damaged.getMessage().contains("is damaged"), damaged.getMessage());
    assertEquals(List.of(), filesIn(cache.resolve("tiny")));
  }

  @Test
  void aMismatchingLocalFileIsAnErrorNotAReasonToLookElsewhere() {
    Map<String, byte[]> other = new HashMap<>(CONTENTS);
    other.put(IdxFormat.TRAIN_LABELS, TestFiles.idxLabels(1, 1, 1));
    TestFiles.writeGzipped(env.resolve("tiny"), other);
    TestFiles.writeGzipped(cache.resolve("tiny"), CONTENTS);
    DataSetException e =
        assertThrows(DataSetException.class, () -> locator(NO_DOWNLOAD).load(TINY, null));
    assertTrue(
        e.getMessage()
            .startsWith(env.resolve("tiny/train-labels-idx1-ubyte.gz") + ": checksum mismatch"),
        e.getMessage());
  }

  @Test
  void aDamagedFileInTheCacheSaysHowToDownloadItAgain() {
    Map<String, byte[]> other = new HashMap<>(CONTENTS);
    other.put(IdxFormat.TEST_IMAGES, TestFiles.idxImages(1, 28, 28));
    TestFiles.writeGzipped(cache.resolve("tiny"), other);
    DataSetException e =
        assertThrows(DataSetException.class, () -> locator(NO_DOWNLOAD).load(TINY, null));
    assertTrue(
        e.getMessage()
            .endsWith(
                "replace it (the cache: delete "
                    + cache.resolve("tiny")
                    + " to download it again)"),
        e.getMessage());
  }

  @Test
  void surveyTellsWhereEachIsAndWhetherItVerifies() {
    TestFiles.writeGzipped(cache.resolve("tiny"), CONTENTS);
    DataSetStatus found = locator(NO_DOWNLOAD).survey(TINY, null);
    assertEquals(Origin.CACHE, found.origin());
    assertTrue(found.verified());
    assertEquals(
        "tiny: " + cache.resolve("tiny") + " (cache), 4 file(s) verified", found.describe());

    DataSetStatus missing = locator(NO_DOWNLOAD).survey(TINY, root.resolve("elsewhere"));
    assertFalse(missing.found());
    assertTrue(missing.problem().endsWith("no such folder (named as the data folder)"));

    TestFiles.write(cache.resolve("tiny/train-labels-idx1-ubyte.gz"), new byte[] {1});
    DataSetStatus broken = locator(NO_DOWNLOAD).survey(TINY, null);
    assertTrue(broken.found());
    assertFalse(broken.verified());
    assertTrue(broken.describe().contains("unusable: "), broken.describe());
  }

  @Test
  void surveyOfThePublishedDataSetsDownloadsNothing() {
    List<DataSetStatus> all = locator(NO_DOWNLOAD).survey(Catalogue.ALL, null);
    assertEquals(
        List.of(
            "mnist",
            "fashion-mnist",
            "cifar10",
            "cifar100",
            "wine-quality",
            "california-housing",
            "imdb",
            "imagenette"),
        all.stream().map(DataSetStatus::id).toList());
    DataSetStatus cifar = all.get(2);
    assertNull(cifar.origin());
    assertEquals(
        "cifar10: not found; on first use it is downloaded into "
            + cache.resolve("cifar10")
            + " from https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz",
        cifar.describe());
  }

  @Test
  void searchPathsFollowTheEnvironment() {
    Path home = Path.of("/home/u");
    SearchPaths plain = SearchPaths.of(Map.of(), home);
    assertNull(plain.dataRoot());
    assertEquals(Path.of("/home/u/.cache/learn2mix"), plain.cacheRoot());
    assertEquals(Path.of("/usr/share/datasets"), plain.systemRoot());
    SearchPaths set =
        SearchPaths.of(Map.of("LEARN2MIX_DATA", "/data", "XDG_CACHE_HOME", "/xdg"), home);
    assertEquals(Path.of("/data"), set.dataRoot());
    assertEquals(Path.of("/xdg/learn2mix"), set.cacheRoot());
    SearchPaths ignored =
        SearchPaths.of(Map.of("LEARN2MIX_DATA", "", "XDG_CACHE_HOME", "relative"), home);
    assertNull(ignored.dataRoot());
    assertEquals(Path.of("/home/u/.cache/learn2mix"), ignored.cacheRoot());
  }

  /** The names of all files in {@code folder}, hidden ones too, sorted. */
  private static List<String> filesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
