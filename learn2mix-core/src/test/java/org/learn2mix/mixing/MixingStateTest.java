package org.learn2mix.mixing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MixingStateTest {
  private static void epoch(AdaptiveMixing mixing, double[] losses, int[] counts) {
    mixing.observeBatch(losses, counts);
    mixing.closeEpoch();
  }

  @Test
  void aRestoredCopyContinuesExactlyLikeTheOriginal() {
    MixingSettings settings = MixingSettings.of(0.3);
    AdaptiveMixing original = new AdaptiveMixing(MixingProportions.of(0.5, 0.3, 0.2), settings);
    // class 3 is never observed in epoch 1, class 2 skips epoch 2: exercises both fallbacks
    epoch(original, new double[] {1.0, 2.0, 0}, new int[] {5, 5, 0});
    epoch(original, new double[] {0.5, 0, 4.0}, new int[] {5, 0, 5});
    MixingState saved = original.snapshot();

    AdaptiveMixing restored = new AdaptiveMixing(MixingProportions.uniform(3), settings);
    restored.restore(saved);
    assertEquals(original.proportions(), restored.proportions());
    assertArrayEquals(original.lastClassLosses(), restored.lastClassLosses());

    for (AdaptiveMixing m : new AdaptiveMixing[] {original, restored}) {
      epoch(m, new double[] {0.7, 0, 0}, new int[] {10, 0, 0});
    }
    assertEquals(original.proportions(), restored.proportions());
    assertArrayEquals(original.lastClassLosses(), restored.lastClassLosses());
  }

  @Test
  void aStateOfAnotherClassCountIsRejected() {
    AdaptiveMixing mixing =
        new AdaptiveMixing(MixingProportions.uniform(2), MixingSettings.of(0.1));
    MixingState three =
        new AdaptiveMixing(MixingProportions.uniform(3), MixingSettings.of(0.1)).snapshot();
    assertThrows(IllegalArgumentException.class, () -> mixing.restore(three));
  }
}
