package org.learn2mix.data.text;

import java.util.List;
import org.learn2mix.data.Examples;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.VerifiedFile;

/**
 * A text data set split, tokenised and encoded, before any imbalance: every review is a sequence of
 * token ids of fixed length, stored as floats (see {@link TextTasks}).
 *
 * @param vocabulary the token ids, built from the training part
 * @param train the training part, whole
 * @param test the test part, encoded with the same vocabulary
 * @param classNames one name per class, in class order
 * @param files the files the reviews were read from, with checksums, for provenance
 * @param truncated how many reviews, of both parts, had more tokens than a sequence holds and were
 *     cut
 */
public record EncodedReviews(
    Vocabulary vocabulary,
    Examples train,
    Examples test,
    List<String> classNames,
    List<VerifiedFile> files,
    int truncated)
    implements LoadedData {
  /**
   * Copies the lists.
   *
   * @param vocabulary the token ids, built from the training part
   * @param train the training part, whole, one sequence of token ids per review
   * @param test the test part, encoded with the same vocabulary
   * @param classNames one name per class, in class order; copied
   * @param files the files the reviews were read from; copied
   * @param truncated how many reviews were cut, 0 or more
   */
  public EncodedReviews {
    classNames = List.copyOf(classNames);
    files = List.copyOf(files);
  }

  /**
   * Length of every encoded sequence.
   *
   * @return the number of token ids per review, e.g. 500
   */
  public int sequenceLength() {
    return train.featureCount();
  }
}
