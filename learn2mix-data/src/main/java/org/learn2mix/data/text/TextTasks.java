package org.learn2mix.data.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learn2mix.data.Examples;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.random.SplitMix64;

/**
 * Turns loaded reviews into a classification task (SPEC section 7), in two steps so that the costly
 * one runs once per process:
 *
 * <ol>
 *   <li>{@link #encode}: all reviews are split into training and test parts, stratified by label,
 *       with a shuffle from a fixed seed (so every run sees the same test set, as with the image
 *       data sets); each review is tokenised by {@link WordTokeniser}; the vocabulary is every
 *       token seen at least twice in the training part (occurrences, not reviews) plus {@code
 *       <pad>} = 0 and {@code <unk>} = 1; each review becomes its first 500 token ids, padded with
 *       {@code <pad>} at the end when shorter.
 *   <li>{@link #classification}: the seed's imbalanced subset of the training part; the test part
 *       is kept whole.
 * </ol>
 *
 * <p>Token ids are stored as the float features of {@link Examples}, like every other data set's
 * features, and the model casts them back to integers. Every id below 2^24 is exact in float32, far
 * above the size of any vocabulary here (the check is explicit).
 */
public final class TextTasks {
  /** Tokens kept per review; longer reviews are cut at the end, shorter ones padded at the end. */
  public static final int SEQUENCE_LENGTH = 500;

  /** The fewest training occurrences that earn a token a place in the vocabulary. */
  public static final int MIN_COUNT = 2;

  /** The training share of each class in the split. */
  public static final double TRAIN_FRACTION = 0.8;

  /** The seed of the split, the same for every run so that all runs share one test set. */
  public static final long SPLIT_SEED = 0;

  /** The largest integer below which every integer is exact in float32. */
  private static final int FLOAT_EXACT = 1 << 24;

  private TextTasks() {}

  /**
   * Splits, tokenises and encodes {@code reviews} as published: 80/20, min count 2, length 500.
   *
   * @param reviews the reviews as read
   * @return the encoded training and test parts and the vocabulary
   * @throws IllegalStateException if the vocabulary has 2^24 or more ids, which float32 features
   *     cannot all hold exactly
   */
  public static EncodedReviews encode(LoadedReviews reviews) {
    return encode(reviews, SPLIT_SEED, TRAIN_FRACTION, MIN_COUNT, SEQUENCE_LENGTH);
  }

  /**
   * Splits, tokenises and encodes {@code reviews}.
   *
   * @param reviews the reviews as read
   * @param splitSeed seeds the stratified split
   * @param trainFraction each class's training share, in (0, 1)
   * @param minCount the fewest training occurrences of a vocabulary token, at least 1
   * @param length the tokens kept per review, at least 1
   * @return the encoded training and test parts and the vocabulary
   * @throws IllegalArgumentException if {@code length} or {@code minCount} is below 1, or {@code
   *     trainFraction} lies outside (0, 1)
   * @throws IllegalStateException if the vocabulary has 2^24 or more ids, which float32 features
   *     cannot all hold exactly
   */
  public static EncodedReviews encode(
      LoadedReviews reviews, long splitSeed, double trainFraction, int minCount, int length) {
    return encode(reviews, split(reviews, splitSeed, trainFraction), minCount, length);
  }

  /**
   * The stratified split {@link #encode(LoadedReviews, long, double, int, int)} draws: each class
   * puts ⌊f · N_c⌋ of its texts, chosen by a shuffle from {@code splitSeed}, into training.
   *
   * @param reviews the texts as read
   * @param splitSeed seeds the split
   * @param trainFraction each class's training share f, in (0, 1)
   * @return the split
   * @throws IllegalArgumentException if {@code trainFraction} lies outside (0, 1)
   */
  public static TrainTestSplit split(LoadedReviews reviews, long splitSeed, double trainFraction) {
    return TrainTestSplit.stratified(
        reviews.labels(),
        reviews.classCount(),
        trainFraction,
        SplitMix64.derive(splitSeed, "text split"));
  }

  /**
   * Tokenises and encodes {@code reviews} along a given split: the vocabulary comes from the
   * training part alone.
   *
   * @param reviews the texts as read
   * @param split which texts train and which test
   * @param minCount the fewest training occurrences of a vocabulary token, at least 1
   * @param length the tokens kept per text, at least 1
   * @return the encoded training and test parts and the vocabulary
   * @throws IllegalArgumentException if {@code length} or {@code minCount} is below 1
   * @throws IllegalStateException if the vocabulary has 2^24 or more ids, which float32 features
   *     cannot all hold exactly
   */
  public static EncodedReviews encode(
      LoadedReviews reviews, TrainTestSplit split, int minCount, int length) {
    if (length < 1) {
      throw new IllegalArgumentException("a sequence needs at least one token, got " + length);
    }
    // Each review is tokenised once, into ids of a provisional dictionary (first seen first);
    // counting and encoding then work on integers.
    Map<String, Integer> provisional = new HashMap<>();
    List<String> seen = new ArrayList<>();
    int[][] tokens = new int[reviews.size()][];
    for (int n = 0; n < tokens.length; n++) {
      List<String> words = WordTokeniser.tokens(reviews.texts().get(n));
      int[] ids = new int[words.size()];
      for (int t = 0; t < ids.length; t++) {
        ids[t] =
            provisional.computeIfAbsent(
                words.get(t),
                word -> {
                  seen.add(word);
                  return seen.size() - 1;
                });
      }
      tokens[n] = ids;
    }
    int[] counts = new int[seen.size()];
    for (int n : split.train()) {
      for (int id : tokens[n]) {
        counts[id]++;
      }
    }
    Map<String, Integer> trainingCounts = new HashMap<>();
    for (int id = 0; id < counts.length; id++) {
      if (counts[id] > 0) {
        trainingCounts.put(seen.get(id), counts[id]);
      }
    }
    Vocabulary vocabulary = Vocabulary.of(trainingCounts, minCount);
    if (vocabulary.size() > FLOAT_EXACT) {
      throw new IllegalStateException(
          vocabulary.size() + " token ids cannot all be stored exactly as float32 features");
    }
    int[] finalId = new int[seen.size()];
    for (int id = 0; id < finalId.length; id++) {
      finalId[id] = vocabulary.id(seen.get(id));
    }
    int truncated = 0;
    for (int[] review : tokens) {
      if (review.length > length) {
        truncated++;
      }
    }
    return new EncodedReviews(
        vocabulary,
        sequences(tokens, split.train(), reviews.labels(), finalId, length),
        sequences(tokens, split.test(), reviews.labels(), finalId, length),
        reviews.classNames(),
        reviews.files(),
        truncated);
  }

  /**
   * The classification task of one seed: the training reviews {@code recipe} keeps, the whole test
   * part.
   *
   * @param name the task's name, e.g. the preset's
   * @param encoded the reviews, split and encoded by {@link #encode}
   * @param recipe which share of each class's training reviews to keep
   * @param seed chooses the kept reviews
   * @return the task; its vocabulary size is the encoding's
   * @throws IllegalArgumentException if the recipe's class count differs from the reviews'
   * @throws org.learn2mix.data.DataSetException if a class has no training reviews
   */
  public static TaskData classification(
      String name, EncodedReviews encoded, ImbalanceRecipe recipe, long seed) {
    if (recipe.classCount() != encoded.classNames().size()) {
      throw new IllegalArgumentException(
          "the imbalance recipe has "
              + recipe.classCount()
              + " classes, the data set "
              + encoded.classNames().size());
    }
    Examples all = encoded.train();
    int[] kept = recipe.select(all.classes(), seed);
    int length = all.featureCount();
    float[] features = new float[Math.multiplyExact(kept.length, length)];
    int[] classes = new int[kept.length];
    for (int i = 0; i < kept.length; i++) {
      System.arraycopy(all.features(), kept[i] * length, features, i * length, length);
      classes[i] = all.classes()[kept[i]];
    }
    return new TaskData(
        name,
        Task.CLASSIFICATION,
        new Examples(features, all.exampleShape(), null, 0, classes),
        encoded.test(),
        encoded.classNames(),
        encoded.vocabulary().size());
  }

  /** The reviews {@code indices} as sequences of {@code length} ids, cut or padded at the end. */
  private static Examples sequences(
      int[][] tokens, int[] indices, int[] labels, int[] finalId, int length) {
    float[] features = new float[Math.multiplyExact(indices.length, length)];
    int[] classes = new int[indices.length];
    for (int i = 0; i < indices.length; i++) {
      int[] review = tokens[indices[i]];
      int kept = Math.min(length, review.length);
      for (int t = 0; t < kept; t++) {
        features[i * length + t] = finalId[review[t]];
      }
      // the rest stays 0.0f, which is Vocabulary.PAD
      classes[i] = labels[indices[i]];
    }
    return new Examples(features, new long[] {length}, null, 0, classes);
  }
}
