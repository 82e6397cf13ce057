package org.learn2mix.data.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a review into lower-case word tokens, the same way on every machine:
 *
 * <ol>
 *   <li>every HTML line break ({@code <br />}, also written {@code <br/>} or {@code <br>}, in any
 *       case), which the IMDB reviews use between paragraphs, becomes a space;
 *   <li>the text is lower-cased ({@link Locale#ROOT}, so the result does not depend on the
 *       machine's language);
 *   <li>a token is a maximal run of letters, digits (in the sense of {@link
 *       Character#isLetterOrDigit(int)}, so accented and non-Latin letters count) and apostrophes
 *       (U+0027 only); everything else separates tokens;
 *   <li>apostrophes at the start and end of a run are dropped, and a run of apostrophes alone is no
 *       token: {@code 'bad'} gives {@code bad}, while {@code don't} and {@code rock'n'roll} stay
 *       whole.
 * </ol>
 *
 * So {@code "Don't watch it!<br /><br />It's 'bad', 1/10."} gives {@code don't, watch, it, it's,
 * bad, 1, 10}.
 */
public final class WordTokeniser {
  private static final Pattern LINE_BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private WordTokeniser() {}

  /**
   * The tokens of {@code text}, in order.
   *
   * @param text a review
   * @return its lower-case tokens, in the order they appear; empty when it has none
   */
  public static List<String> tokens(String text) {
    String s = LINE_BREAK.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      boolean inWord = c == '\'' || Character.isLetterOrDigit(c);
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        addStripped(tokens, s, start, i);
        start = -1;
      }
      i += Character.charCount(c);
    }
    if (start >= 0) {
      addStripped(tokens, s, start, s.length());
    }
    return tokens;
  }

  private static void addStripped(List<String> tokens, String s, int from, int to) {
    while (from < to && s.charAt(from) == '\'') {
      from++;
    }
    while (to > from && s.charAt(to - 1) == '\'') {
      to--;
    }
    if (from < to) {
      tokens.add(s.substring(from, to));
    }
  }
}
