package org.learn2mix.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitMix64Test {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** The published SplitMix64 output finaliser (Stafford's Mix13), written out independently. */
  private static long referenceMix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] draw(SplitMix64 rng, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = rng.nextLong();
    }
    return out;
  }

  @Test
  void matchesPublishedReferenceOutputsForSeed1234567() {
    // Vigna's splitmix64.c / Rosetta Code "Pseudo-random numbers/Splitmix64", seed 1234567.
    String[] expected = {
      "6457827717110365317",
      "3203168211198807973",
      "9817491932198370423",
      "4593380528125082431",
      "16408922859458223821"
    };
    SplitMix64 rng = SplitMix64.seeded(1234567L);
    for (String e : expected) {
      assertEquals(Long.parseUnsignedLong(e), rng.nextLong());
    }
  }

  @Test
  void matchesPublishedReferenceOutputForSeedZero() {
    assertEquals(0xe220a8397b1dcdafL, SplitMix64.seeded(0L).nextLong());
    assertEquals(0xe220a8397b1dcdafL, referenceMix(GOLDEN_GAMMA));
  }

  @Test
  void sameSeedGivesSameSequence() {
    for (long seed : new long[] {0L, 1L, -1L, 42L, Long.MIN_VALUE, Long.MAX_VALUE}) {
      assertArrayEquals(
          draw(SplitMix64.seeded(seed), 1000), draw(SplitMix64.seeded(seed), 1000), "seed " + seed);
    }
  }

  @Test
  void differentSeedsGiveDifferentSequences() {
    long[] a = draw(SplitMix64.seeded(1L), 100);
    long[] b = draw(SplitMix64.seeded(2L), 100);
    assertFalse(Arrays.equals(a, b));
    Set<Long> overlap = new HashSet<>();
    for (long x : a) {
      overlap.add(x);
    }
    int shared = 0;
    for (long x : b) {
      if (overlap.contains(x)) {
        shared++;
      }
    }
    assertEquals(0, shared, "two seeds' first 100 outputs should not share values");
  }

  @Test
  void deriveIsStable() {
    for (String purpose : new String[] {"", "batches", "init", "subset/class-3", "αβγ"}) {
      assertArrayEquals(
          draw(SplitMix64.derive(99L, purpose), 200),
          draw(SplitMix64.derive(99L, purpose), 200),
          purpose);
    }
  }

  @Test
  void deriveFollowsItsDocumentedConstruction() {
    // Pins the derivation so that a change of algorithm (which would change every run's numbers)
    // is caught: fold each UTF-8 byte into the seed with the finaliser, then finalise once more.
    long seed = 20240601L;
    for (String purpose : new String[] {"", "a", "batches", "model-init", "αβγ"}) {
      long h = seed;
      for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
        h = referenceMix(h ^ (b & 0xff)) + GOLDEN_GAMMA;
      }
      long expectedState = referenceMix(h);
      assertEquals(expectedState, SplitMix64.derive(seed, purpose).state(), purpose);
      assertEquals(
          referenceMix(expectedState + GOLDEN_GAMMA),
          SplitMix64.derive(seed, purpose).nextLong(),
          purpose);
    }
  }

  @Test
  void differentPurposesGiveDifferentStreams() {
    String[] purposes = {"batches", "batches2", "init", "ab", "ba", "a", "", "subset"};
    Map<String, long[]> streams = new HashMap<>();
    for (String p : purposes) {
      streams.put(p, draw(SplitMix64.derive(7L, p), 500));
    }
    for (int i = 0; i < purposes.length; i++) {
      for (int j = i + 1; j < purposes.length; j++) {
        long[] a = streams.get(purposes[i]);
        long[] b = streams.get(purposes[j]);
        Set<Long> seen = new HashSet<>();
        for (long x : a) {
          seen.add(x);
        }
        for (long x : b) {
          assertFalse(
              seen.contains(x),
              "streams '" + purposes[i] + "' and '" + purposes[j] + "' share an output");
        }
      }
    }
  }

  @Test
  void derivedStreamDependsOnSeedAndDiffersFromPlainSeeding() {
    assertFalse(
        Arrays.equals(
            draw(SplitMix64.derive(1L, "batches"), 50),
            draw(SplitMix64.derive(2L, "batches"), 50)));
    assertFalse(
        Arrays.equals(draw(SplitMix64.derive(5L, "batches"), 50), draw(SplitMix64.seeded(5L), 50)));
  }

  @Test
  void resumeFromStateContinuesIdentically() {
    SplitMix64 original = SplitMix64.seeded(31337L);
    int[] scratch = new int[17];
    for (int i = 0; i < 37; i++) {
      original.nextLong();
      original.nextInt(13);
      original.nextDouble();
    }
    original.shuffle(scratch);
    long saved = original.state();
    SplitMix64 resumed = SplitMix64.resume(saved);
    assertEquals(saved, resumed.state());
    for (int i = 0; i < 200; i++) {
      assertEquals(original.nextLong(), resumed.nextLong());
      assertEquals(original.nextInt(1000), resumed.nextInt(1000));
      assertEquals(original.nextDouble(), resumed.nextDouble());
      assertEquals(original.nextGaussian(), resumed.nextGaussian());
    }
    int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int[] b = a.clone();
    original.shuffle(a);
    resumed.shuffle(b);
    assertArrayEquals(a, b);
    assertEquals(original.state(), resumed.state());
  }

  @Test
  void stateAdvancesWithEachDraw() {
    SplitMix64 rng = SplitMix64.seeded(3L);
    long before = rng.state();
    rng.nextLong();
    assertNotEquals(before, rng.state());
    assertEquals(before + GOLDEN_GAMMA, rng.state());
  }

  @Test
  void nextIntStaysInRange() {
    SplitMix64 rng = SplitMix64.seeded(11L);
    int[] bounds = {1, 2, 3, 7, 10, 1000, (1 << 30) + 1, Integer.MAX_VALUE};
    for (int bound : bounds) {
      for (int i = 0; i < 5000; i++) {
        int x = rng.nextInt(bound);
        assertTrue(x >= 0 && x < bound, x + " outside [0, " + bound + ")");
      }
    }
  }

  @Test
  void nextIntRejectsNonPositiveBound() {
    SplitMix64 rng = SplitMix64.seeded(1L);
    assertThrows(IllegalArgumentException.class, () -> rng.nextInt(0));
    assertThrows(IllegalArgumentException.class, () -> rng.nextInt(-5));
  }

  @Test
  void nextIntIsRoughlyUniform() {
    SplitMix64 rng = SplitMix64.seeded(2024L);
    int bound = 10;
    int draws = 100_000;
    int[] counts = new int[bound];
    for (int i = 0; i < draws; i++) {
      counts[rng.nextInt(bound)]++;
    }
    double expected = (double) draws / bound;
    double chiSquare = 0;
    for (int c : counts) {
      chiSquare += (c - expected) * (c - expected) / expected;
    }
    // 9 degrees of freedom: the 0.999 quantile is about 27.9; allow generous slack.
    assertTrue(
        chiSquare < 40, "chi-square " + chiSquare + " for counts " + Arrays.toString(counts));
  }

  @Test
  void nextIntHasNoModuloBiasForLargeBounds() {
    // With 31 random bits reduced modulo this bound, values below 2^31 - bound would be twice as
    // likely, so two thirds of draws would land in the lower half. Rejection sampling keeps it 1/2.
    int bound = (int) ((1L << 31) / 3 * 2);
    SplitMix64 rng = SplitMix64.seeded(77L);
    int draws = 40_000;
    int lowerHalf = 0;
    for (int i = 0; i < draws; i++) {
      if (rng.nextInt(bound) < bound / 2) {
        lowerHalf++;
      }
    }
    double fraction = (double) lowerHalf / draws;
    assertTrue(Math.abs(fraction - 0.5) < 0.02, "fraction in lower half " + fraction);
  }

  @Test
  void nextDoubleIsInUnitIntervalAndCentred() {
    SplitMix64 rng = SplitMix64.seeded(5L);
    int draws = 100_000;
    double sum = 0;
    int[] deciles = new int[10];
    for (int i = 0; i < draws; i++) {
      double x = rng.nextDouble();
      assertTrue(x >= 0.0 && x < 1.0, "nextDouble gave " + x);
      sum += x;
      deciles[(int) (x * 10)]++;
    }
    assertEquals(0.5, sum / draws, 0.01);
    for (int d : deciles) {
      assertEquals(draws / 10.0, d, draws / 10.0 * 0.05, Arrays.toString(deciles));
    }
  }

  @Test
  void nextGaussianHasZeroMeanAndUnitVariance() {
    SplitMix64 rng = SplitMix64.seeded(6L);
    int draws = 50_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < draws; i++) {
      double x = rng.nextGaussian();
      assertTrue(Double.isFinite(x));
      sum += x;
      sumSq += x * x;
    }
    double mean = sum / draws;
    assertEquals(0.0, mean, 0.03);
    assertEquals(1.0, sumSq / draws - mean * mean, 0.05);
  }

  @Test
  void shuffleIsAPermutation() {
    SplitMix64 rng = SplitMix64.seeded(8L);
    for (int n : new int[] {0, 1, 2, 3, 10, 1000}) {
      int[] values = new int[n];
      for (int i = 0; i < n; i++) {
        values[i] = 3 * i + 1; // arbitrary distinct values
      }
      int[] shuffled = values.clone();
      rng.shuffle(shuffled);
      int[] sorted = shuffled.clone();
      Arrays.sort(sorted);
      assertArrayEquals(values, sorted, "n = " + n);
    }
  }

  @Test
  void shuffleMovesElementsAndDependsOnTheSeed() {
    int[] identity = new int[1000];
    for (int i = 0; i < identity.length; i++) {
      identity[i] = i;
    }
    int[] a = identity.clone();
    int[] b = identity.clone();
    int[] c = identity.clone();
    SplitMix64.seeded(1L).shuffle(a);
    SplitMix64.seeded(1L).shuffle(b);
    SplitMix64.seeded(2L).shuffle(c);
    assertFalse(Arrays.equals(identity, a));
    assertArrayEquals(a, b);
    assertFalse(Arrays.equals(a, c));
  }

  @Test
  void shuffleIsRoughlyUniformOverPermutations() {
    SplitMix64 rng = SplitMix64.seeded(9L);
    Map<String, Integer> counts = new HashMap<>();
    int trials = 60_000;
    for (int t = 0; t < trials; t++) {
      int[] v = {0, 1, 2};
      rng.shuffle(v);
      counts.merge(Arrays.toString(v), 1, Integer::sum);
    }
    assertEquals(6, counts.size(), "all 3! permutations should occur: " + counts);
    for (int c : counts.values()) {
      assertEquals(trials / 6.0, c, trials / 6.0 * 0.05, counts.toString());
    }
  }
}
