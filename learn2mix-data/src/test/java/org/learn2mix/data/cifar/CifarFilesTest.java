package org.learn2mix.data.cifar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.published.Catalogue;
import org.learn2mix.data.published.ImageClassNames;

/** The CIFAR binary reader, on small batch files and archives written here. */
class CifarFilesTest {
  /** CIFAR-10 with 2 records per training batch and 3 in the test batch. */
  private static final CifarFormat CIFAR10 =
      ((CifarFormat) Catalogue.CIFAR10.format()).withRecordsPerFile(2, 3);

  /** CIFAR-100 with 4 training and 2 test records. */
  private static final CifarFormat CIFAR100 =
      ((CifarFormat) Catalogue.CIFAR100.format()).withRecordsPerFile(4, 2);

  @TempDir Path dir;

  /** Batch i's record r has label (i + r) % 10 and pixel seed 10 * i + r. */
  private static Map<String, byte[]> cifar10Batches() {
    Map<String, byte[]> batches = new LinkedHashMap<>();
    List<String> names = CIFAR10.allFiles().toList();
    for (int i = 0; i < names.size(); i++) {
      int records = i < 5 ? 2 : 3;
      byte[][] parts = new byte[records][];
      for (int r = 0; r < records; r++) {
        parts[r] = TestFiles.cifarRecord(10 * i + r, (i + r) % 10);
      }
      batches.put(names.get(i), TestFiles.concat(parts));
    }
    return batches;
  }

  private static Map<String, byte[]> cifar100Batches() {
    return Map.of(
        "train.bin",
        TestFiles.concat(
            TestFiles.cifarRecord(0, 19, 99),
            TestFiles.cifarRecord(1, 0, 0),
            TestFiles.cifarRecord(2, 5, 42),
            TestFiles.cifarRecord(3, 7, 7)),
        "test.bin",
        TestFiles.concat(TestFiles.cifarRecord(4, 1, 50), TestFiles.cifarRecord(5, 2, 60)));
  }

  private static Path writeAll(Path folder, Map<String, byte[]> files) {
    files.forEach((name, content) -> TestFiles.write(folder.resolve(name), content));
    return folder;
  }

  private static Map<String, byte[]> inFolder(String folder, Map<String, byte[]> files) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(folder + "/batches.meta.txt", "airplane\n".getBytes());
    files.forEach((name, content) -> entries.put(folder + "/" + name, content));
    return entries;
  }

  private static void assertCifar10(LoadedImages loaded) {
    assertEquals(10, loaded.train().count());
    assertEquals(3, loaded.test().count());
    assertEquals(3, loaded.train().channels());
    assertEquals(32, loaded.train().height());
    assertArrayEquals(new int[] {0, 1, 1, 2, 2, 3, 3, 4, 4, 5}, loaded.train().labels());
    assertArrayEquals(new int[] {5, 6, 7}, loaded.test().labels());
    // Image 3 is batch 2's second record (seed 11); the record's planes are kept as they are.
    byte[] pixels = loaded.train().pixels();
    assertEquals(11, pixels[3 * 3072] & 0xff);
    assertEquals((11 + 1024) % 256, pixels[3 * 3072 + 1024] & 0xff, "first green pixel");
    assertEquals((11 + 3071) % 256, pixels[4 * 3072 - 1] & 0xff, "last blue pixel");
  }

  @Test
  void readsExtractedCifar10InTheArchiveFolderOrDirectly() {
    Path nested = writeAll(dir.resolve("a/cifar-10-batches-bin"), cifar10Batches());
    Path direct = writeAll(dir.resolve("b"), cifar10Batches());
    for (Path folder : List.of(dir.resolve("a"), direct)) {
      assertTrue(CIFAR10.missing(folder).isEmpty());
      LoadedImages loaded = CIFAR10.read(folder, ImageClassNames.CIFAR10);
      assertCifar10(loaded);
      assertEquals(6, loaded.files().size());
      assertFalse(loaded.verified(), "extracted files have no published checksum");
      assertEquals(VerifiedFile.Verification.NOT_VERIFIED, loaded.files().get(0).verification());
      assertEquals(
          Checksum.sha256(cifar10Batches().get("data_batch_1.bin")),
          loaded.files().get(0).sha256());
    }
    assertEquals(
        nested.resolve("data_batch_1.bin"),
        CIFAR10.read(dir.resolve("a"), ImageClassNames.CIFAR10).files().get(0).path());
  }

  @Test
  void readsTheArchiveDirectlyAndVerifiesItsMd5() {
    byte[] archive = TestFiles.tarGz(inFolder("cifar-10-batches-bin", cifar10Batches()));
    TestFiles.write(dir.resolve("cifar-10-binary.tar.gz"), archive);
    CifarFormat format = CIFAR10.withArchiveChecksum(Checksum.md5OfFile(TestFiles.md5(archive)));
    LoadedImages loaded = format.read(dir, ImageClassNames.CIFAR10);
    assertCifar10(loaded);
    assertEquals(1, loaded.files().size());
    assertEquals(VerifiedFile.Verification.ARCHIVE_MD5, loaded.files().get(0).verification());
    assertEquals(Checksum.sha256(archive), loaded.files().get(0).sha256());
  }

  @Test
  void cifar100UsesTheFineLabelFromFolderAndArchive() {
    writeAll(dir.resolve("x/cifar-100-binary"), cifar100Batches());
    LoadedImages extracted = CIFAR100.read(dir.resolve("x"), ImageClassNames.CIFAR100);
    byte[] archive = TestFiles.tarGz(inFolder("cifar-100-binary", cifar100Batches()));
    TestFiles.write(dir.resolve("y/cifar-100-binary.tar.gz"), archive);
    LoadedImages archived =
        CIFAR100
            .withArchiveChecksum(Checksum.md5OfFile(TestFiles.md5(archive)))
            .read(dir.resolve("y"), ImageClassNames.CIFAR100);
    for (LoadedImages loaded : List.of(extracted, archived)) {
      assertArrayEquals(new int[] {99, 0, 42, 7}, loaded.train().labels());
      assertArrayEquals(new int[] {50, 60}, loaded.test().labels());
      assertEquals(2, loaded.train().pixels()[2 * 3072] & 0xff);
      assertEquals(100, loaded.classCount());
    }
  }

  @Test
  void anArchiveWithAnotherMd5IsRefusedWithBothValues() {
    byte[] archive = TestFiles.tarGz(inFolder("cifar-10-batches-bin", cifar10Batches()));
    Path file = TestFiles.write(dir.resolve("cifar-10-binary.tar.gz"), archive);
    DataSetException e =
        assertThrows(DataSetException.class, () -> CIFAR10.read(dir, ImageClassNames.CIFAR10));
    assertEquals(
        file
            + ": checksum mismatch: MD5 of the file is "
            + TestFiles.md5(archive)
            + ", expected c32a1d4ab5d03f1284b67883e8d87530; the file is damaged or not the"
            + " official one, replace it",
        e.getMessage());
  }

  @Test
  void aBatchThatIsNotWholeRecordsIsRefused() {
    Map<String, byte[]> batches = cifar10Batches();
    batches.put("test_batch.bin", Arrays.copyOf(batches.get("test_batch.bin"), 3 * 3073 - 5));
    Path folder = writeAll(dir, batches);
    assertEquals(
        folder.resolve("test_batch.bin")
            + ": 9214 bytes are not a whole number of 3073-byte records (2 records and 3068 bytes"
            + " over); the file is damaged or not a CIFAR binary batch",
        assertThrows(DataSetException.class, () -> CIFAR10.read(folder, ImageClassNames.CIFAR10))
            .getMessage());
  }

  @Test
  void aBatchWithTheWrongNumberOfRecordsIsRefused() {
    Path folder = writeAll(dir, cifar10Batches());
    // The published counts: 10,000 records per batch.
    DataSetException e =
        assertThrows(
            DataSetException.class,
            () -> ((CifarFormat) Catalogue.CIFAR10.format()).read(folder, ImageClassNames.CIFAR10));
    assertEquals(
        folder.resolve("data_batch_1.bin")
            + ": holds 2 records, expected 10000; the file is damaged or from another data set",
        e.getMessage());
  }

  @Test
  void labelsOutOfRangeAreRefused() {
    Map<String, byte[]> batches = cifar10Batches();
    batches.put(
        "data_batch_2.bin",
        TestFiles.concat(TestFiles.cifarRecord(0, 3), TestFiles.cifarRecord(0, 10)));
    Path folder = writeAll(dir.resolve("ten"), batches);
    assertTrue(
        assertThrows(DataSetException.class, () -> CIFAR10.read(folder, ImageClassNames.CIFAR10))
            .getMessage()
            .endsWith(
                "data_batch_2.bin: label 10 of record 1 is outside 0..9; the file is damaged"
                    + " or from another data set"));
    Map<String, byte[]> hundred = new LinkedHashMap<>(cifar100Batches());
    hundred.put(
        "test.bin",
        TestFiles.concat(TestFiles.cifarRecord(0, 20, 1), TestFiles.cifarRecord(0, 1, 1)));
    Path other = writeAll(dir.resolve("hundred"), hundred);
    assertTrue(
        assertThrows(DataSetException.class, () -> CIFAR100.read(other, ImageClassNames.CIFAR100))
            .getMessage()
            .contains("test.bin: coarse label 20 of record 0 is outside 0..19"));
  }

  @Test
  void anArchiveLackingABatchOrCutShortIsRefused() {
    Map<String, byte[]> batches = cifar10Batches();
    batches.remove("data_batch_4.bin");
    byte[] archive = TestFiles.tarGz(inFolder("cifar-10-batches-bin", batches));
    Path file = TestFiles.write(dir.resolve("a/cifar-10-binary.tar.gz"), archive);
    CifarFormat format = CIFAR10.withArchiveChecksum(Checksum.md5OfFile(TestFiles.md5(archive)));
    assertEquals(
        file + ": has no data_batch_4.bin",
        assertThrows(DataSetException.class, () -> format.read(file.getParent(), List.of()))
            .getMessage());

    byte[] whole = TestFiles.tarGz(inFolder("cifar-10-batches-bin", cifar10Batches()));
    Path cut =
        TestFiles.write(
            dir.resolve("b/cifar-10-binary.tar.gz"), Arrays.copyOf(whole, whole.length - 100));
    DataSetException e =
        assertThrows(DataSetException.class, () -> CIFAR10.read(cut.getParent(), List.of()));
    assertTrue(e.getMessage().startsWith(cut + ": damaged or truncated archive ("), e.getMessage());
  }

  @Test
  void aFolderWithNeitherArchiveNorAllBatchesLacksTheArchive() {
    Map<String, byte[]> batches = cifar10Batches();
    batches.remove("test_batch.bin");
    writeAll(dir, batches);
    assertEquals(List.of("cifar-10-binary.tar.gz"), CIFAR10.missing(dir));
  }
}
