package org.learn2mix.data.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokeniserTest {
  @Test
  void splitsLowerCaseWordsOnEverythingButLettersDigitsAndApostrophes() {
    assertEquals(
        List.of("don't", "watch", "it", "it's", "bad", "1", "10"),
        WordTokeniser.tokens("Don't watch it!<br /><br />It's 'bad', 1/10."));
    assertEquals(
        List.of("a", "b", "c", "d"),
        WordTokeniser.tokens("a<br/>b<BR>c<br   />d"),
        "every spelling of the line break separates");
    assertEquals(
        List.of("rock'n'roll", "e", "g", "well", "known"),
        WordTokeniser.tokens("ROCK'N'ROLL, e.g. well-known"));
  }

  @Test
  void apostrophesAtTheEdgesOfAWordAreDroppedAndAloneAreNoToken() {
    assertEquals(List.of("tis", "the", "90s"), WordTokeniser.tokens("'tis the '90s' ''' '"));
  }

  @Test
  void lettersOfAnyScriptCountAndOtherQuotesSeparate() {
    assertEquals(
        List.of("café", "über", "naïve", "東京"), WordTokeniser.tokens("Café ÜBER naïve 東京"));
    // only U+0027 joins: the typographic apostrophe and the backtick split words
    assertEquals(List.of("don", "t", "can", "t"), WordTokeniser.tokens("don\u2019t can`t"));
  }

  @Test
  void aTextWithoutWordsHasNoTokens() {
    assertEquals(List.of(), WordTokeniser.tokens(""));
    assertEquals(List.of(), WordTokeniser.tokens(" ... !!! <br /> -- '' "));
  }
}
