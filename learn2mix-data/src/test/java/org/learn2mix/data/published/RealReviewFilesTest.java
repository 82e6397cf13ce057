package org.learn2mix.data.published;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.text.EncodedReviews;
import org.learn2mix.data.text.LoadedReviews;
import org.learn2mix.data.text.TextTasks;

/**
 * The real IMDB archive of the shared data folder (system property {@code shared.datasets});
 * skipped where it is absent. Read and encoded once for all tests (a few seconds).
 */
class RealReviewFilesTest {
  private static LoadedReviews reviews;
  private static EncodedReviews encoded;

  @BeforeAll
  static void readOnce() {
    String folder = System.getProperty("shared.datasets");
    assumeTrue(folder != null && Files.isDirectory(Path.of(folder, "imdb")), "no shared data");
    long start = System.nanoTime();
    reviews = DataLocator.standard().load(Catalogue.IMDB, Path.of(folder, "imdb"));
    long read = System.nanoTime();
    encoded = TextTasks.encode(reviews);
    System.out.printf(
        "read and verified IMDB in %.2f s, split, tokenised and encoded in %.2f s%n",
        (read - start) / 1e9, (System.nanoTime() - read) / 1e9);
  }

  @Test
  void holdsTwentyFiveThousandReviewsOfEachClassAndVerifies() {
    assertEquals(50_000, reviews.size());
    assertArrayEquals(new int[] {25_000, 25_000}, reviews.classCounts());
    assertEquals(1, reviews.files().size());
    VerifiedFile archive = reviews.files().get(0);
    assertEquals("aclImdb_v1_labelled.tar.gz", archive.path().getFileName().toString());
    assertEquals(
        "23c6b6b037cce84392fdc1ae660945033da6a12d59ade39ba49d6005443df1bf", archive.sha256());
    assertEquals(VerifiedFile.Verification.ARCHIVE_SHA256, archive.verification());
    assertTrue(reviews.texts().get(0).startsWith("Once again Mr. Costner has dragged out"));
  }

  @Test
  void splitsEightyTwentyAndImbalancesToTwentySixThousand() {
    assertArrayEquals(new int[] {20_000, 20_000}, encoded.train().classCounts(2));
    assertArrayEquals(new int[] {5_000, 5_000}, encoded.test().classCounts(2));
    assertArrayEquals(new long[] {500}, encoded.train().exampleShape());
    // pinned: a change of tokenisation, split or cut-off shows here
    assertEquals(62_087, encoded.vocabulary().size());
    assertEquals(
        List.of("<pad>", "<unk>", "the", "and", "a", "of", "to", "is", "in", "it"),
        encoded.vocabulary().words().subList(0, 10));

    TaskData task = TextTasks.classification("imdb", encoded, ImbalanceRecipe.keep(2, 0.3, 1), 0);
    assertEquals(26_000, task.train().size());
    assertArrayEquals(new int[] {6_000, 20_000}, task.train().classCounts(2));
    float max = 0;
    for (float id : task.train().features()) {
      max = Math.max(max, id);
    }
    assertTrue(max < encoded.vocabulary().size() && max == (int) max);
  }
}
