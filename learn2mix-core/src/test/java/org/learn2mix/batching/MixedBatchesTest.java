package org.learn2mix.batching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.learn2mix.mixing.Allocation;
import org.learn2mix.mixing.AllocationRule;
import org.learn2mix.mixing.MixingProportions;
import org.learn2mix.random.SplitMix64;

class MixedBatchesTest {

  /** Pools of the given sizes, with the classes interleaved over the index range. */
  private static ClassPools poolsOfSizes(int... sizes) {
    int n = Arrays.stream(sizes).sum();
    int[] classOf = new int[n];
    int[] left = sizes.clone();
    int at = 0;
    while (at < n) {
      for (int c = 0; c < sizes.length; c++) {
        if (left[c] > 0) {
          classOf[at++] = c;
          left[c]--;
        }
      }
    }
    return ClassPools.of(classOf, sizes.length);
  }

  private static List<Batch> epoch(BatchSource source) {
    source.startEpoch();
    List<Batch> batches = new ArrayList<>();
    for (int b = 0; b < source.batchesPerEpoch(); b++) {
      batches.add(source.next());
    }
    return batches;
  }

  private static void assertSameBatches(List<Batch> a, List<Batch> b) {
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertArrayEquals(a.get(i).indices(), b.get(i).indices(), "batch " + i);
      assertArrayEquals(a.get(i).classCounts(), b.get(i).classCounts(), "batch " + i);
    }
  }

  @Test
  void everyBatchHasExactlyMWithLargestRemainderCountsFromTheRightPools() {
    ClassPools pools = poolsOfSizes(50, 30, 20);
    MixingProportions alpha = MixingProportions.of(0.45, 0.35, 0.2);
    int m = 11;
    MixedBatches source = new MixedBatches(pools, m, SplitMix64.seeded(1L), () -> alpha);
    assertEquals(100 / m, source.batchesPerEpoch());
    int[] expectedCounts = Allocation.largestRemainder(alpha, m);
    for (int e = 0; e < 3; e++) {
      for (Batch batch : epoch(source)) {
        assertEquals(m, batch.size());
        assertArrayEquals(expectedCounts, batch.classCounts());
        assertArrayEquals(expectedCounts, pools.countClasses(batch.indices()));
        for (int i : batch.indices()) {
          assertTrue(i >= 0 && i < pools.exampleCount());
        }
      }
    }
  }

  @Test
  void stratifiedMixUsesEveryExampleExactlyOncePerEpoch() {
    // alpha = data mix (0.6, 0.3, 0.1), M = 10 -> (6, 3, 1) per batch, P = 10 -> 60/30/10 per epoch
    ClassPools pools = poolsOfSizes(60, 30, 10);
    MixingProportions alpha = MixingProportions.ofCounts(pools.sizes());
    MixedBatches source = new MixedBatches(pools, 10, SplitMix64.seeded(2L), () -> alpha);
    for (int e = 0; e < 3; e++) {
      int[] uses = new int[pools.exampleCount()];
      for (Batch batch : epoch(source)) {
        assertArrayEquals(new int[] {6, 3, 1}, batch.classCounts());
        for (int i : batch.indices()) {
          uses[i]++;
        }
      }
      for (int i = 0; i < uses.length; i++) {
        assertEquals(1, uses[i], "example " + i + " in epoch " + e);
      }
    }
  }

  @Test
  void propertyCyclicCursorsUseEveryPoolMemberBeforeRepeatingAny() {
    Random random = new Random(99L);
    for (int trial = 0; trial < 400; trial++) {
      int k = 1 + random.nextInt(6);
      int[] sizes = new int[k];
      for (int c = 0; c < k; c++) {
        sizes[c] = 1 + random.nextInt(random.nextBoolean() ? 5 : 60);
      }
      ClassPools pools = poolsOfSizes(sizes);
      int n = pools.exampleCount();
      int m = 1 + random.nextInt(n);
      int[] weights = new int[k];
      for (int c = 0; c < k; c++) {
        weights[c] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(100);
      }
      weights[random.nextInt(k)] += 1;
      MixingProportions alpha = MixingProportions.ofCounts(weights);
      MixedBatches source = new MixedBatches(pools, m, SplitMix64.seeded(trial), () -> alpha);
      String context = "sizes " + Arrays.toString(sizes) + " M " + m + " alpha " + alpha;

      for (int e = 0; e < 2; e++) {
        source.startEpoch();
        int[] uses = new int[n];
        int[] allocated = new int[k];
        for (int b = 0; b < source.batchesPerEpoch(); b++) {
          Batch batch = source.next();
          assertEquals(m, batch.size(), context);
          assertArrayEquals(Allocation.largestRemainder(alpha, m), batch.classCounts(), context);
          for (int i : batch.indices()) {
            uses[i]++;
          }
          for (int c = 0; c < k; c++) {
            allocated[c] += batch.classCounts()[c];
            // cyclic selection: after any number of batches, the members of a pool have been used
            // equally often up to one, so none is used twice before all have been used once
            int min = Integer.MAX_VALUE;
            int max = 0;
            int total = 0;
            for (int i : pools.pool(c)) {
              min = Math.min(min, uses[i]);
              max = Math.max(max, uses[i]);
              total += uses[i];
            }
            assertEquals(allocated[c], total, "class " + (c + 1) + " " + context);
            assertTrue(max - min <= 1, "class " + (c + 1) + " batch " + b + " " + context);
            if (allocated[c] <= sizes[c]) {
              assertTrue(max <= 1, "repeat before pool exhausted: class " + (c + 1) + context);
            }
          }
        }
      }
    }
  }

  @Test
  void poolSmallerThanItsAllocationWrapsWithinTheBatch() {
    // pools (3, 97), alpha (0.1, 0.9), M = 50 -> (5, 45): class 1's 3 examples fill 5 places
    ClassPools pools = poolsOfSizes(3, 97);
    MixingProportions alpha = MixingProportions.of(0.1, 0.9);
    MixedBatches source = new MixedBatches(pools, 50, SplitMix64.seeded(3L), () -> alpha);
    int[] small = pools.pool(0);
    for (Batch batch : epoch(source)) {
      assertArrayEquals(new int[] {5, 45}, batch.classCounts());
      Map<Integer, Integer> uses = new HashMap<>();
      for (int i : batch.indices()) {
        if (pools.classOf(i) == 0) {
          uses.merge(i, 1, Integer::sum);
        }
      }
      assertEquals(3, uses.size(), "every member of the small pool appears: " + uses);
      for (int i : small) {
        int u = uses.get(i);
        assertTrue(u == 1 || u == 2, "member " + i + " used " + u + " times");
      }
    }
  }

  @Test
  void singleMemberPoolRepeatsThatMember() {
    ClassPools pools = poolsOfSizes(1, 9);
    MixedBatches source =
        new MixedBatches(pools, 10, SplitMix64.seeded(4L), () -> MixingProportions.of(0.5, 0.5));
    Batch batch = epoch(source).get(0);
    int only = pools.pool(0)[0];
    assertEquals(5, Arrays.stream(batch.indices()).filter(i -> i == only).count());
  }

  @Test
  void zeroShareClassNeverAppears() {
    ClassPools pools = poolsOfSizes(20, 20, 20);
    MixedBatches source =
        new MixedBatches(
            pools, 6, SplitMix64.seeded(5L), () -> MixingProportions.of(0.5, 0.0, 0.5));
    for (Batch batch : epoch(source)) {
      assertEquals(0, batch.classCounts()[1]);
      for (int i : batch.indices()) {
        assertTrue(pools.classOf(i) != 1);
      }
    }
  }

  @Test
  void sameSeedIdenticalBatchesDifferentSeedDifferentBatches() {
    ClassPools pools = poolsOfSizes(40, 25, 35);
    MixingProportions alpha = MixingProportions.of(0.2, 0.5, 0.3);
    MixedBatches a = new MixedBatches(pools, 10, SplitMix64.seeded(7L), () -> alpha);
    MixedBatches b = new MixedBatches(pools, 10, SplitMix64.seeded(7L), () -> alpha);
    MixedBatches c = new MixedBatches(pools, 10, SplitMix64.seeded(8L), () -> alpha);
    for (int e = 0; e < 3; e++) {
      List<Batch> ea = epoch(a);
      List<Batch> ec = epoch(c);
      assertSameBatches(ea, epoch(b));
      boolean differ = false;
      for (int i = 0; i < ea.size(); i++) {
        differ |= !Arrays.equals(ea.get(i).indices(), ec.get(i).indices());
      }
      assertTrue(differ, "different seeds gave the same epoch " + e);
    }
  }

  @Test
  void poolsAreReshuffledEachEpoch() {
    ClassPools pools = poolsOfSizes(50, 50);
    MixingProportions alpha = MixingProportions.uniform(2);
    MixedBatches source = new MixedBatches(pools, 10, SplitMix64.seeded(9L), () -> alpha);
    List<Batch> first = epoch(source);
    List<Batch> second = epoch(source);
    boolean differ = false;
    for (int i = 0; i < first.size(); i++) {
      differ |= !Arrays.equals(first.get(i).indices(), second.get(i).indices());
    }
    assertTrue(differ, "two epochs gave identical batches");
  }

  @Test
  void alphaIsReadForEveryBatch() {
    ClassPools pools = poolsOfSizes(40, 40, 40);
    AtomicReference<MixingProportions> alpha =
        new AtomicReference<>(MixingProportions.of(0.5, 0.25, 0.25));
    MixedBatches source = new MixedBatches(pools, 8, SplitMix64.seeded(10L), alpha::get);
    source.startEpoch();
    assertArrayEquals(new int[] {4, 2, 2}, source.next().classCounts());
    alpha.set(MixingProportions.of(0.125, 0.125, 0.75));
    assertArrayEquals(new int[] {1, 1, 6}, source.next().classCounts());
    alpha.set(MixingProportions.of(0.0, 1.0, 0.0));
    Batch third = source.next();
    assertArrayEquals(new int[] {0, 8, 0}, third.classCounts());
    assertArrayEquals(new int[] {0, 8, 0}, pools.countClasses(third.indices()));
  }

  @Test
  void exhaustedEpochOrNoEpochThrows() {
    ClassPools pools = poolsOfSizes(10, 10);
    MixedBatches source =
        new MixedBatches(pools, 5, SplitMix64.seeded(11L), () -> MixingProportions.uniform(2));
    assertEquals(4, source.batchesPerEpoch());
    assertThrows(IllegalStateException.class, source::next, "before the first startEpoch");
    epoch(source);
    assertThrows(IllegalStateException.class, source::next);
    source.startEpoch();
    assertEquals(5, source.next().size());
  }

  @Test
  void mismatchedClassCountThrows() {
    ClassPools pools = poolsOfSizes(10, 10, 10);
    MixedBatches source =
        new MixedBatches(pools, 5, SplitMix64.seeded(12L), () -> MixingProportions.uniform(2));
    source.startEpoch();
    assertThrows(IllegalStateException.class, source::next);
  }

  @Test
  void rejectsBadBatchSizes() {
    ClassPools pools = poolsOfSizes(3, 3);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MixedBatches(pools, 7, SplitMix64.seeded(1L), () -> MixingProportions.uniform(2)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new MixedBatches(pools, 0, SplitMix64.seeded(1L), () -> MixingProportions.uniform(2)));
  }

  @Test
  void doesNotTouchThePoolsItWasGiven() {
    ClassPools pools = poolsOfSizes(10, 10);
    int[] before = pools.pool(0);
    MixedBatches source =
        new MixedBatches(pools, 5, SplitMix64.seeded(13L), () -> MixingProportions.uniform(2));
    epoch(source);
    assertArrayEquals(before, pools.pool(0));
    assertFalse(before.length == 0);
  }

  @Test
  void truncatingBatchesHoldTheFloorsOfEachShareAndDropATinyClass() {
    ClassPools pools = poolsOfSizes(50, 40, 10);
    // alpha * 8 = (4, 3.25, 0.75): batches of 4 + 3 + 0 = 7 examples, none of class 3
    MixingProportions alpha = MixingProportions.of(0.5, 0.40625, 0.09375);
    MixedBatches source =
        new MixedBatches(pools, 8, SplitMix64.seeded(3L), () -> alpha, AllocationRule.TRUNCATION);
    for (Batch batch : epoch(source)) {
      assertArrayEquals(new int[] {4, 3, 0}, batch.classCounts());
      assertEquals(7, batch.size());
      for (int index : batch.indices()) {
        assertFalse(pools.classOf(index) == 2, "example " + index + " is of the dropped class");
      }
    }
    assertEquals(100 / 8, source.batchesPerEpoch());
  }
}
