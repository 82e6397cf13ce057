package org.learn2mix.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.ReadProgress;
import org.learn2mix.data.TaskData;

/** Class folders of texts: layout, UTF-8, the given or drawn split, and the per-seed imbalance. */
class TextFoldersTest {
  @TempDir Path root;

  @Test
  void readsTrainThenTestClassAfterClassAndLeavesOutClassesTheTestFolderLacks() throws IOException {
    write("train/pos/b.txt", "good film");
    write("train/pos/a.txt", "great film");
    write("train/neg/x.txt", "bad film");
    write("train/unsup/u.txt", "some film");
    write("train/neg/notes.md", "not a text");
    write("test/neg/y.txt", "awful");
    write("test/pos/z.TXT", "fine");
    AtomicInteger calls = new AtomicInteger();
    TextFolder folder =
        TextFolders.read(
            root,
            (done, total) -> {
              calls.incrementAndGet();
              assertEquals(5, total);
            });
    assertEquals(List.of("neg", "pos"), folder.texts().classNames());
    assertEquals(List.of("unsup"), folder.leftOut());
    assertEquals(
        List.of("bad film", "great film", "good film", "awful", "fine"), folder.texts().texts());
    assertArrayEquals(new int[] {0, 1, 1, 0, 1}, folder.texts().labels());
    assertArrayEquals(new int[] {0, 1, 2}, folder.givenSplit().train());
    assertArrayEquals(new int[] {3, 4}, folder.givenSplit().test());
    assertEquals(5, calls.get(), "one progress call per file");
    assertTrue(folder.files().get(0).sha256().matches("[0-9a-f]{64}"));
  }

  @Test
  void theChecksumChangesWithAnyFileAndTheSplitIsDrawnWithoutATestFolder() throws IOException {
    write("train/a/1.txt", "one");
    write("train/b/2.txt", "two");
    TextFolder before = TextFolders.read(root, ReadProgress.NONE);
    assertNull(before.givenSplit());
    assertEquals(List.of(), before.leftOut());
    write("train/b/2.txt", "two!");
    assertNotEquals(
        before.files().get(0).sha256(),
        TextFolders.read(root, ReadProgress.NONE).files().get(0).sha256());
  }

  @Test
  void dropsAByteOrderMarkAndRefusesTextThatIsNotUtf8NamingTheFile() throws IOException {
    Files.createDirectories(root.resolve("train/a"));
    Files.write(
        root.resolve("train/a/bom.txt"),
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'});
    assertEquals("hi", TextFolders.read(root, ReadProgress.NONE).texts().texts().get(0));
    Files.write(root.resolve("train/a/latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    DataSetException e =
        assertThrows(DataSetException.class, () -> TextFolders.read(root, ReadProgress.NONE));
    assertTrue(
        e.getMessage().contains("latin1.txt: not UTF-8 text (byte 0xe9 at offset 3)"),
        e.getMessage());
  }

  @Test
  void refusesFoldersThatDoNotHoldClassesOfTexts() throws IOException {
    assertMessage("has no train/ folder", root);
    Files.createDirectories(root.resolve("train"));
    assertMessage("train: has no class folders", root);
    Files.createDirectories(root.resolve("train/empty"));
    assertMessage("empty: has no .txt files", root);
    write("train/empty/1.txt", "now a text");
    write("test/other/1.txt", "a class training lacks");
    assertMessage("other: a class folder that train/ does not have (its classes are empty)", root);
    assertMessage("does not exist", root.resolve("nowhere"));
  }

  @Test
  void ownTextsDrawAStratifiedSplitThatIsTheSameForEverySeedAndThinTheNamedClass()
      throws IOException {
    for (int i = 0; i < 20; i++) {
      write(String.format("train/neg/%02d.txt", i), i + " bad bad film number");
      write(String.format("train/pos/%02d.txt", i), "good film good " + i);
    }
    TextFolderSpec spec = new TextFolderSpec(root, 0.25, 3, Map.of("neg", 0.4), 4, 1);
    OwnTexts texts = OwnTexts.read(spec, ReadProgress.NONE);
    assertArrayEquals(new int[] {15, 15}, texts.trainCounts());
    assertArrayEquals(new int[] {6, 15}, texts.keptCounts());
    assertArrayEquals(new int[] {5, 5}, texts.testCounts());
    assertEquals(20, texts.truncated(), "negatives have five tokens, positives four; four kept");
    TaskData seed1 = texts.prepare(1);
    TaskData seed2 = texts.prepare(2);
    assertArrayEquals(new int[] {6, 15}, seed1.train().classCounts(2));
    assertArrayEquals(seed1.test().features(), seed2.test().features(), "one test set for all");
    assertTrue(
        !Arrays.equals(seed1.train().features(), seed2.train().features()),
        "each seed draws its own negatives");
    assertEquals(texts.vocabularySize(), seed1.vocabularySize());
    assertEquals(4, seed1.train().featureCount());
    assertEquals(root.getFileName().toString(), seed1.name());
  }

  @Test
  void ownTextsRefuseAKeptShareThatLeavesAClassFewerThanTwoTexts() throws IOException {
    for (int i = 0; i < 5; i++) {
      write("train/a/" + i + ".txt", "x");
      write("train/b/" + i + ".txt", "y");
      write("test/a/" + i + ".txt", "x");
      write("test/b/" + i + ".txt", "y");
    }
    TextFolderSpec thin = new TextFolderSpec(root, 0.2, 0, Map.of("b", 0.2), 10, 1);
    DataSetException e =
        assertThrows(DataSetException.class, () -> OwnTexts.read(thin, ReadProgress.NONE));
    assertTrue(
        e.getMessage().contains("class 'b' keeps 1 of its 5 training examples (20%)"),
        e.getMessage());
    TextFolderSpec unknown = new TextFolderSpec(root, 0.2, 0, Map.of("c", 0.5), 10, 1);
    e = assertThrows(DataSetException.class, () -> OwnTexts.read(unknown, ReadProgress.NONE));
    assertTrue(e.getMessage().contains("no class 'c' to keep a share of (the classes are a, b)"));
  }

  @Test
  void encodingAlongTheDrawnSplitEqualsThePublishedPreparation() {
    List<String> texts = new ArrayList<>();
    int[] labels = new int[30];
    for (int n = 0; n < labels.length; n++) {
      labels[n] = n % 3 == 0 ? 1 : 0;
      texts.add("word" + (n % 7) + " film " + (n % 2 == 0 ? "good" : "bad"));
    }
    LoadedReviews reviews = new LoadedReviews(texts, labels, List.of("neg", "pos"), List.of());
    EncodedReviews published = TextTasks.encode(reviews, 0, 0.8, 2, 6);
    EncodedReviews given = TextTasks.encode(reviews, TextTasks.split(reviews, 0, 0.8), 2, 6);
    assertArrayEquals(published.train().features(), given.train().features());
    assertArrayEquals(published.test().features(), given.test().features());
    assertEquals(published.vocabulary().words(), given.vocabulary().words());
  }

  private void assertMessage(String expected, Path folder) {
    DataSetException e =
        assertThrows(DataSetException.class, () -> TextFolders.read(folder, ReadProgress.NONE));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
