package org.learn2mix.data.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token ids for a text data set: {@code <pad>} = 0, {@code <unk>} = 1, then every word seen at
 * least a minimum number of times, most frequent first, words of equal count in {@link
 * String#compareTo} order. A word not in the vocabulary maps to {@code <unk>}. (The tokeniser never
 * makes a token with {@code <}, so the two special tokens cannot clash with a word.)
 */
public final class Vocabulary {
  /** The id that pads a sequence to its length. */
  public static final int PAD = 0;

  /** The id of every word not in the vocabulary. */
  public static final int UNKNOWN = 1;

  private final List<String> words;
  private final Map<String, Integer> ids;

  private Vocabulary(List<String> words) {
    this.words = List.copyOf(words);
    this.ids = new HashMap<>(words.size() * 2);
    for (int id = 0; id < words.size(); id++) {
      ids.put(words.get(id), id);
    }
  }

  /**
   * The vocabulary of words counted at least {@code minCount} times.
   *
   * @param counts how often each word occurs (in the training texts)
   * @param minCount the fewest occurrences a word needs, at least 1
   * @return the vocabulary: {@code <pad>}, {@code <unk>}, then the words kept, most frequent first
   * @throws IllegalArgumentException if {@code minCount < 1}
   */
  public static Vocabulary of(Map<String, Integer> counts, int minCount) {
    if (minCount < 1) {
      throw new IllegalArgumentException("a minimum count must be at least 1, was " + minCount);
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= minCount) {
        kept.add(e);
      }
    }
    kept.sort(
        Comparator.comparing(Map.Entry<String, Integer>::getValue, Comparator.reverseOrder())
            .thenComparing(Map.Entry::getKey));
    List<String> words = new ArrayList<>(kept.size() + 2);
    words.add("<pad>");
    words.add("<unk>");
    kept.forEach(e -> words.add(e.getKey()));
    return new Vocabulary(words);
  }

  /**
   * The id of {@code word}.
   *
   * @param word a token, as {@link WordTokeniser} makes them
   * @return its id, or {@link #UNKNOWN} if it is not in the vocabulary
   */
  public int id(String word) {
    return ids.getOrDefault(word, UNKNOWN);
  }

  /**
   * The word of {@code id}.
   *
   * @param id an id in 0..size()-1
   * @return the word, {@code <pad>} for 0 and {@code <unk>} for 1
   */
  public String word(int id) {
    return words.get(id);
  }

  /**
   * Number of ids, the two special tokens included.
   *
   * @return the number of words plus 2, at least 2
   */
  public int size() {
    return words.size();
  }

  /**
   * All words in id order, {@code <pad>} and {@code <unk>} first.
   *
   * @return an unmodifiable list, word i having id i
   */
  public List<String> words() {
    return words;
  }
}
