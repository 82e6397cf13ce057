package org.learn2mix.data.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.random.SplitMix64;

/** Vocabulary, stratified split, encoding and the IMDB imbalance, on tiny texts. */
class TextTasksTest {
  @Test
  void vocabularyKeepsWordsSeenAtLeastTwiceMostFrequentFirstTiesInWordOrder() {
    Vocabulary v = Vocabulary.of(Map.of("the", 5, "film", 2, "bad", 2, "once", 1, "good", 3), 2);
    assertEquals(List.of("<pad>", "<unk>", "the", "good", "bad", "film"), v.words());
    assertEquals(0, Vocabulary.PAD);
    assertEquals(1, Vocabulary.UNKNOWN);
    assertEquals(2, v.id("the"));
    assertEquals(5, v.id("film"));
    assertEquals(Vocabulary.UNKNOWN, v.id("once"), "seen once: not in the vocabulary");
    assertEquals(Vocabulary.UNKNOWN, v.id("never"));
    assertEquals(6, v.size());
    assertThrows(IllegalArgumentException.class, () -> Vocabulary.of(Map.of(), 0));
  }

  @Test
  void stratifiedSplitKeepsEachClassShareAndDependsOnTheSeedOnly() {
    int[] labels = new int[40];
    for (int n = 0; n < labels.length; n++) {
      labels[n] = n % 8 < 5 ? 0 : 1; // 25 of class 0, 15 of class 1
    }
    TrainTestSplit split = TrainTestSplit.stratified(labels, 2, 0.8, SplitMix64.seeded(1));
    assertArrayEquals(new int[] {20, 12}, counts(labels, split.train()));
    assertArrayEquals(new int[] {5, 3}, counts(labels, split.test()));
    int[] all = concat(split.train(), split.test());
    Arrays.sort(all);
    for (int n = 0; n < all.length; n++) {
      assertEquals(n, all[n], "every example is in exactly one part");
    }
    assertTrue(isAscending(split.train()) && isAscending(split.test()));
    assertArrayEquals(
        split.train(), TrainTestSplit.stratified(labels, 2, 0.8, SplitMix64.seeded(1)).train());
    assertFalse(
        Arrays.equals(
            split.train(),
            TrainTestSplit.stratified(labels, 2, 0.8, SplitMix64.seeded(2)).train()));
  }

  @Test
  void imdbSplitAndImbalanceGiveTwentySixThousandTrainingReviews() {
    int[] labels = new int[50_000];
    Arrays.fill(labels, 25_000, 50_000, 1);
    TrainTestSplit split = TrainTestSplit.stratified(labels, 2, 0.8, SplitMix64.seeded(0));
    assertArrayEquals(new int[] {20_000, 20_000}, counts(labels, split.train()));
    assertArrayEquals(new int[] {5_000, 5_000}, counts(labels, split.test()));
    int[] trainLabels = Arrays.stream(split.train()).map(n -> labels[n]).toArray();
    // the imdb preset: class 1 (negative) keeps 0.3 of its training reviews
    int[] kept = ImbalanceRecipe.keep(2, 0.3, 1).select(trainLabels, 7);
    assertEquals(26_000, kept.length);
    assertArrayEquals(new int[] {6_000, 20_000}, counts(trainLabels, kept));
  }

  @Test
  void encodingCutsAndPadsAtTheEndWithTheVocabularyOfTheTrainingPartOnly() {
    List<String> texts = new ArrayList<>();
    int[] labels = new int[10];
    for (int n = 0; n < 10; n++) {
      labels[n] = n < 5 ? 0 : 1;
      texts.add(n < 5 ? "bad bad film" : "good good film and more words here");
    }
    // review 4 (negative) and 9 (positive) land in the test part for this split
    TrainTestSplit split =
        TrainTestSplit.stratified(labels, 2, 0.8, SplitMix64.derive(3, "text split"));
    int testNegative = split.test()[0];
    int testPositive = split.test()[1];
    texts.set(testNegative, "unseen unseen unseen bad");
    texts.set(testPositive, "Good!");
    LoadedReviews reviews =
        new LoadedReviews(texts, labels, List.of("negative", "positive"), List.of());

    EncodedReviews encoded = TextTasks.encode(reviews, 3, 0.8, 2, 5);
    Vocabulary v = encoded.vocabulary();
    assertEquals(
        List.of("<pad>", "<unk>", "bad", "film", "good", "and", "here", "more", "words"),
        v.words(),
        "bad, film and good 8 times each, the rest 4; 'unseen' is only in the test part");
    assertEquals(8, encoded.train().size());
    assertEquals(2, encoded.test().size());
    assertArrayEquals(new long[] {5}, encoded.train().exampleShape());
    float bad = v.id("bad");
    float good = v.id("good");
    float film = v.id("film");
    // a short review is padded with <pad> = 0 at the end
    assertArrayEquals(
        new float[] {bad, bad, film, 0, 0}, Arrays.copyOfRange(encoded.train().features(), 0, 5));
    // a long review is cut at the end: "good good film and more | words here"
    int firstPositive = 4;
    assertArrayEquals(
        new float[] {good, good, film, v.id("and"), v.id("more")},
        Arrays.copyOfRange(encoded.train().features(), firstPositive * 5, firstPositive * 5 + 5));
    assertArrayEquals(
        new float[] {1, 1, 1, bad, 0, good, 0, 0, 0, 0},
        encoded.test().features(),
        "test words outside the vocabulary are <unk> = 1");
    assertArrayEquals(new int[] {0, 1}, encoded.test().classes());

    TaskData task = TextTasks.classification("imdb", encoded, ImbalanceRecipe.keep(2, 0.5, 1), 1);
    assertArrayEquals(new int[] {2, 4}, task.train().classCounts(2));
    assertEquals(encoded.test(), task.test(), "the test part is shared, never imbalanced");
    assertEquals(List.of("negative", "positive"), task.classNames());
  }

  private static int[] counts(int[] labels, int[] indices) {
    int[] counts = new int[2];
    for (int n : indices) {
      counts[labels[n]]++;
    }
    return counts;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static boolean isAscending(int[] values) {
    for (int i = 1; i < values.length; i++) {
      if (values[i] <= values[i - 1]) {
        return false;
      }
    }
    return true;
  }
}
