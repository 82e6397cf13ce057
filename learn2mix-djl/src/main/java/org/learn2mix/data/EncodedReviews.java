package org.learn2mix.data;

import java.util.List;

/**
 * A text data set split, tokenised and encoded, before any imbalance: every review is a sequence of
 * token ids of fixed length, stored as floats (see {@link TextTasks}).
 *
 * @param vocabulary the token ids, built from the training part
 * @param train the training part, whole
 * @param test the test part
 * @param classNames one name per class, in class order
 */
public record EncodedReviews(
    Vocabulary vocabulary, Examples train, Examples test, List<String> classNames) {
  /** Copies the names. */
  public EncodedReviews {
    classNames = List.copyOf(classNames);
  }

  /** Length of every encoded sequence. */
  public int sequenceLength() {
    return train.featureCount();
  }
}
