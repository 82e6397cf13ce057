package org.learn2mix.data.text;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to learn from a folder of one's own texts (see {@link TextFolders}), and how to prepare it
 * (SPEC section 9).
 *
 * @param folder the folder holding {@code train/} and, optionally, {@code test/}
 * @param testFraction the share of each class's texts held out for testing when the folder has no
 *     {@code test/}, in (0, 1)
 * @param splitSeed fixes which texts are held out, the same for every training seed
 * @param keep for some classes, by name, the fraction of their training texts kept, in (0, 1]
 * @param maxTokens the tokens kept per text: longer texts are cut, shorter ones padded
 * @param minCount the fewest training occurrences that earn a token a place in the vocabulary
 */
public record TextFolderSpec(
    Path folder,
    double testFraction,
    long splitSeed,
    Map<String, Double> keep,
    int maxTokens,
    int minCount) {
  /** The share of texts held out for testing unless said otherwise. */
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  /**
   * Checks the numbers' ranges and copies the map.
   *
   * @param folder the folder
   * @param testFraction the share held out without a test folder, in (0, 1)
   * @param splitSeed the split's seed
   * @param keep fractions kept by class name, each in (0, 1] (copied, order kept)
   * @param maxTokens tokens per text, at least 1
   * @param minCount the fewest occurrences of a vocabulary token, at least 1
   * @throws IllegalArgumentException if a number is out of range or the folder is missing
   */
  public TextFolderSpec {
    if (folder == null) {
      throw new IllegalArgumentException("a text folder is needed");
    }
    if (!(testFraction > 0 && testFraction < 1)) {
      throw new IllegalArgumentException("the test fraction must lie in (0, 1)");
    }
    if (maxTokens < 1 || minCount < 1) {
      throw new IllegalArgumentException(
          "tokens per text and the minimum count must be at least 1");
    }
    keep = Collections.unmodifiableMap(new LinkedHashMap<>(keep));
    for (Map.Entry<String, Double> e : keep.entrySet()) {
      if (!(e.getValue() > 0 && e.getValue() <= 1)) {
        throw new IllegalArgumentException(
            "class " + e.getKey() + " keeps " + e.getValue() + "; a fraction must lie in (0, 1]");
      }
    }
  }

  /**
   * The folder with the published IMDB preparation's numbers: 20% held out, split seed 0, nothing
   * thinned, {@value TextTasks#SEQUENCE_LENGTH} tokens, minimum count {@value TextTasks#MIN_COUNT}.
   *
   * @param folder the folder
   * @return the spec
   */
  public static TextFolderSpec of(Path folder) {
    return new TextFolderSpec(
        folder, DEFAULT_TEST_FRACTION, 0, Map.of(), TextTasks.SEQUENCE_LENGTH, TextTasks.MIN_COUNT);
  }
}
