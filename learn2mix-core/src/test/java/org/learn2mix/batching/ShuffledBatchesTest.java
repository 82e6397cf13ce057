package org.learn2mix.batching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learn2mix.random.SplitMix64;

class ShuffledBatchesTest {
  private static final int N = 103;
  private static final int M = 10;

  private static ClassPools pools() {
    int[] classOf = new int[N];
    for (int i = 0; i < N; i++) {
      classOf[i] = i % 7 == 0 ? 2 : (i % 3 == 0 ? 1 : 0);
    }
    return ClassPools.of(classOf, 3);
  }

  private static List<int[]> epoch(BatchSource source) {
    source.startEpoch();
    List<int[]> batches = new ArrayList<>();
    for (int b = 0; b < source.batchesPerEpoch(); b++) {
      batches.add(source.next().indices());
    }
    return batches;
  }

  private static List<Integer> flatten(List<int[]> batches) {
    List<Integer> all = new ArrayList<>();
    for (int[] b : batches) {
      for (int i : b) {
        all.add(i);
      }
    }
    return all;
  }

  private static void assertSameBatches(List<int[]> a, List<int[]> b) {
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i), b.get(i), "batch " + i);
    }
  }

  @Test
  void eachEpochHasPFullBatchesWithoutRepeats() {
    ClassPools pools = pools();
    ShuffledBatches source = new ShuffledBatches(pools, M, SplitMix64.seeded(1L));
    assertEquals(N / M, source.batchesPerEpoch());
    for (int e = 0; e < 5; e++) {
      source.startEpoch();
      Set<Integer> seen = new HashSet<>();
      for (int b = 0; b < source.batchesPerEpoch(); b++) {
        Batch batch = source.next();
        assertEquals(M, batch.size());
        assertEquals(M, batch.indices().length);
        assertArrayEquals(pools.countClasses(batch.indices()), batch.classCounts());
        int[] own = new int[3];
        for (int i : batch.indices()) {
          assertTrue(i >= 0 && i < N, "index " + i);
          assertTrue(seen.add(i), "index " + i + " repeated within epoch " + e);
          own[pools.classOf(i)]++;
        }
        assertArrayEquals(own, batch.classCounts());
      }
      assertEquals(source.batchesPerEpoch() * M, seen.size());
    }
  }

  @Test
  void eachEpochIsADifferentPermutationWithADifferentRemainder() {
    ShuffledBatches source = new ShuffledBatches(pools(), M, SplitMix64.seeded(2L));
    List<Integer> first = flatten(epoch(source));
    List<Integer> second = flatten(epoch(source));
    assertFalse(first.equals(second));
    Set<Integer> droppedFirst = complement(first);
    Set<Integer> droppedSecond = complement(second);
    assertEquals(N - (N / M) * M, droppedFirst.size());
    // over a few epochs the dropped examples are not always the same
    boolean varies = !droppedFirst.equals(droppedSecond);
    for (int e = 0; e < 5 && !varies; e++) {
      varies = !complement(flatten(epoch(source))).equals(droppedFirst);
    }
    assertTrue(varies, "the dropped remainder should change between epochs");
  }

  private static Set<Integer> complement(List<Integer> used) {
    Set<Integer> dropped = new HashSet<>();
    for (int i = 0; i < N; i++) {
      dropped.add(i);
    }
    dropped.removeAll(used);
    return dropped;
  }

  @Test
  void everyExampleIsUsedAboutEquallyOftenOverManyEpochs() {
    ShuffledBatches source = new ShuffledBatches(pools(), M, SplitMix64.seeded(3L));
    int epochs = 300;
    int[] uses = new int[N];
    for (int e = 0; e < epochs; e++) {
      for (int i : flatten(epoch(source))) {
        uses[i]++;
      }
    }
    double expected = epochs * (double) ((N / M) * M) / N;
    for (int i = 0; i < N; i++) {
      assertTrue(uses[i] > expected - 20 && uses[i] <= epochs, "example " + i + " used " + uses[i]);
    }
  }

  @Test
  void sameSeedSameBatchesDifferentSeedDifferentBatches() {
    ShuffledBatches a = new ShuffledBatches(pools(), M, SplitMix64.seeded(42L));
    ShuffledBatches b = new ShuffledBatches(pools(), M, SplitMix64.seeded(42L));
    ShuffledBatches c = new ShuffledBatches(pools(), M, SplitMix64.seeded(43L));
    for (int e = 0; e < 3; e++) {
      List<int[]> ea = epoch(a);
      assertSameBatches(ea, epoch(b));
      assertFalse(flatten(ea).equals(flatten(epoch(c))), "epoch " + e);
    }
  }

  @Test
  void batchSizeEqualToNGivesOneBatchOfEverything() {
    ShuffledBatches source = new ShuffledBatches(pools(), N, SplitMix64.seeded(4L));
    assertEquals(1, source.batchesPerEpoch());
    source.startEpoch();
    Set<Integer> all = new HashSet<>();
    for (int i : source.next().indices()) {
      all.add(i);
    }
    assertEquals(N, all.size());
  }

  @Test
  void exhaustedEpochOrNoEpochThrows() {
    ShuffledBatches source = new ShuffledBatches(pools(), M, SplitMix64.seeded(5L));
    assertThrows(IllegalStateException.class, source::next, "before the first startEpoch");
    epoch(source);
    assertThrows(IllegalStateException.class, source::next);
    source.startEpoch();
    assertEquals(M, source.next().size());
  }

  @Test
  void rejectsBadBatchSizes() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ShuffledBatches(pools(), N + 1, SplitMix64.seeded(1L)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ShuffledBatches(pools(), 0, SplitMix64.seeded(1L)));
  }
}
