package org.learn2mix.data.text;

import java.util.List;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.VerifiedFile;

/**
 * A text data set as read from its files, before any split, tokenisation or imbalance: every review
 * with its label, in the order of the reviews' paths ({@code test/neg/...}, {@code test/pos/...},
 * {@code train/neg/...}, {@code train/pos/...}), whatever order the archive or folder listed them
 * in.
 *
 * @param texts the text of every review
 * @param labels the label of every review, 0-based
 * @param classNames one name per label, in label order
 * @param files the files it was read from, with checksums, for provenance
 */
public record LoadedReviews(
    List<String> texts, int[] labels, List<String> classNames, List<VerifiedFile> files)
    implements LoadedData {
  /**
   * Copies the lists and checks that there is a label in range for every text.
   *
   * @param texts the text of every review; copied
   * @param labels the label of every review, 0-based; held as given, not copied
   * @param classNames one name per label, in label order; copied
   * @param files the files it was read from; copied
   * @throws IllegalArgumentException if there is not one label per text, or a label lies outside
   *     the class names
   */
  public LoadedReviews {
    texts = List.copyOf(texts);
    classNames = List.copyOf(classNames);
    files = List.copyOf(files);
    if (labels.length != texts.size()) {
      throw new IllegalArgumentException(labels.length + " labels for " + texts.size() + " texts");
    }
    classCounts(labels, classNames.size());
  }

  /**
   * Number of reviews.
   *
   * @return the number of texts
   */
  public int size() {
    return labels.length;
  }

  /**
   * Number of classes.
   *
   * @return the number of class names
   */
  public int classCount() {
    return classNames.size();
  }

  /**
   * How many reviews each class has.
   *
   * @return a fresh array, entry c holding the number of reviews labelled c
   */
  public int[] classCounts() {
    return classCounts(labels, classNames.size());
  }

  private static int[] classCounts(int[] labels, int k) {
    int[] counts = new int[k];
    for (int n = 0; n < labels.length; n++) {
      if (labels[n] < 0 || labels[n] >= k) {
        throw new IllegalArgumentException(
            "review " + n + " has label " + labels[n] + ", outside 0.." + (k - 1));
      }
      counts[labels[n]]++;
    }
    return counts;
  }
}
