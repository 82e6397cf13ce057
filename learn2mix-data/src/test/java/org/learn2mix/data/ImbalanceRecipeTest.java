package org.learn2mix.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImbalanceRecipeTest {
  /** {@code perClass} examples of each of {@code k} classes, interleaved: 0, 1, .., k-1, 0, .. */
  private static int[] labels(int k, int perClass) {
    return IntStream.range(0, k * perClass).map(n -> n % k).toArray();
  }

  private static int[] countsOf(int[] labels, int[] selected, int k) {
    int[] counts = new int[k];
    for (int n : selected) {
      counts[labels[n]]++;
    }
    return counts;
  }

  @Test
  void cifar100KeepsTwentyFiveOfFiveHundredInTheFirstFiftyClasses() {
    int[] labels = labels(100, 500);
    ImbalanceRecipe recipe =
        ImbalanceRecipe.keep(100, 0.05, IntStream.rangeClosed(1, 50).toArray());
    int[] selected = recipe.select(labels, 7);
    assertEquals(26_250, selected.length);
    int[] counts = countsOf(labels, selected, 100);
    for (int c = 0; c < 100; c++) {
      assertEquals(c < 50 ? 25 : 500, counts[c], "class " + (c + 1));
    }
  }

  @Test
  void cifar10ReconstructionKeepsAllButClassesFiveAndSix() {
    int[] labels = labels(10, 5000);
    int[] selected = ImbalanceRecipe.keepAllBut(10, 0.1, 5, 6).select(labels, 1);
    assertEquals(14_000, selected.length);
    assertArrayEquals(
        new int[] {500, 500, 500, 500, 5000, 5000, 500, 500, 500, 500},
        countsOf(labels, selected, 10));
  }

  @Test
  void sameSeedSameSubsetOtherSeedOtherSubsetAlwaysAscending() {
    int[] labels = labels(10, 600);
    ImbalanceRecipe recipe = ImbalanceRecipe.keep(10, 0.2, 6, 7, 8, 9, 10);
    int[] a = recipe.select(labels, 42);
    assertArrayEquals(a, recipe.select(labels, 42));
    int[] b = recipe.select(labels, 43);
    assertEquals(a.length, b.length);
    assertFalse(Arrays.equals(a, b));
    for (int[] selected : new int[][] {a, b}) {
      for (int i = 1; i < selected.length; i++) {
        assertTrue(selected[i - 1] < selected[i], "ascending at " + i);
      }
    }
    // Classes that keep everything are whole in both.
    assertArrayEquals(
        new int[] {600, 600, 600, 600, 600, 120, 120, 120, 120, 120}, countsOf(labels, b, 10));
  }

  @Test
  void noneKeepsEverything() {
    int[] labels = {2, 0, 1, 1, 0};
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, ImbalanceRecipe.none(3).select(labels, 5));
  }

  @Test
  void countsAreFlooredButAtLeastOneAndExactForDecimalFractions() {
    ImbalanceRecipe recipe = new ImbalanceRecipe(new double[] {0.29, 0.01, 0.5, 1.0});
    // 0.29 * 100 is 28.999999999999996 in doubles; the recipe means 29.
    assertArrayEquals(new int[] {29, 1, 3, 7}, recipe.keptCounts(new int[] {100, 50, 7, 7}));
  }

  @Test
  void anEmptyClassIsAnErrorNamingIt() {
    int[] labels = {0, 0, 2, 2};
    DataSetException e =
        assertThrows(DataSetException.class, () -> ImbalanceRecipe.none(3).select(labels, 1));
    assertEquals("class 2 of 3 has no training examples to keep", e.getMessage());
  }

  @Test
  void badRecipesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ImbalanceRecipe(new double[0]));
    assertEquals(
        "class 2 keeps 0.0; a fraction must lie in (0, 1]",
        assertThrows(IllegalArgumentException.class, () -> new ImbalanceRecipe(new double[] {1, 0}))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> new ImbalanceRecipe(new double[] {Double.NaN}));
    assertThrows(IllegalArgumentException.class, () -> ImbalanceRecipe.keep(10, 1.5));
    assertEquals(
        "class 11 is outside 1..10",
        assertThrows(IllegalArgumentException.class, () -> ImbalanceRecipe.keep(10, 0.5, 11))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> ImbalanceRecipe.keep(10, 0.5, 0));
    assertThrows(
        IllegalArgumentException.class, () -> ImbalanceRecipe.none(2).select(new int[] {0, 2}, 1));
  }

  @Test
  void isAValueWhoseArrayCannotBeChangedFromOutside() {
    double[] fractions = {0.5, 1.0};
    ImbalanceRecipe recipe = new ImbalanceRecipe(fractions);
    fractions[0] = 0.1;
    recipe.keepFraction()[1] = 0.1;
    assertArrayEquals(new double[] {0.5, 1.0}, recipe.keepFraction());
    assertEquals(ImbalanceRecipe.keep(2, 0.5, 1), recipe);
    assertEquals(ImbalanceRecipe.keep(2, 0.5, 1).hashCode(), recipe.hashCode());
    assertNotEquals(ImbalanceRecipe.none(2), recipe);
    assertEquals(2, recipe.classCount());
  }

  @Test
  void selectFirstKeepsTheFirstOfEachClassInTheGivenOrder() {
    // class 0 keeps ⌊0.5·4⌋ = 2 of positions 1, 2, 4, 6; class 1 keeps all of 0, 3, 5
    int[] labels = {1, 0, 0, 1, 0, 1, 0};
    ImbalanceRecipe recipe = ImbalanceRecipe.keep(2, 0.5, 1);
    assertArrayEquals(new int[] {0, 1, 2, 3, 5}, recipe.selectFirst(labels));
    // at least one is kept, as with the seeded subset
    assertArrayEquals(
        new int[] {0, 1, 4},
        ImbalanceRecipe.keep(2, 0.1, 1).selectFirst(new int[] {1, 0, 0, 0, 1}));
  }
}
