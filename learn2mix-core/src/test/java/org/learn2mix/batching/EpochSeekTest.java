package org.learn2mix.batching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learn2mix.mixing.AdaptiveMixing;
import org.learn2mix.mixing.MixingProportions;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.random.SplitMix64;

/**
 * An epoch's batches depend only on the seed and the epoch number, so a resumed run that starts at
 * epoch e draws exactly what an uninterrupted run draws in its epoch e.
 */
class EpochSeekTest {
  private static final ClassPools POOLS =
      ClassPools.of(new int[] {0, 1, 0, 2, 1, 0, 0, 2, 1, 0, 0, 1, 2, 0, 0, 1, 0}, 3);

  private static BatchSource source(Strategy strategy) {
    AdaptiveMixing mixing =
        new AdaptiveMixing(MixingProportions.ofCounts(POOLS.sizes()), MixingSettings.of(0.2));
    return strategy.batches(POOLS, 4, SplitMix64.seeded(99), mixing);
  }

  private static List<int[]> epoch(BatchSource source) {
    List<int[]> batches = new ArrayList<>();
    for (int b = 0; b < source.batchesPerEpoch(); b++) {
      batches.add(source.next().indices());
    }
    return batches;
  }

  @Test
  void seekingToAnEpochDrawsWhatTheUninterruptedSequenceDraws() {
    for (Strategy strategy : Strategy.values()) {
      BatchSource uninterrupted = source(strategy);
      List<List<int[]>> sequence = new ArrayList<>();
      for (int e = 1; e <= 5; e++) {
        uninterrupted.startEpoch();
        sequence.add(epoch(uninterrupted));
      }
      BatchSource resumed = source(strategy);
      resumed.startEpoch(4);
      List<int[]> fourth = epoch(resumed);
      resumed.startEpoch();
      List<int[]> fifth = epoch(resumed);
      for (int b = 0; b < fourth.size(); b++) {
        assertArrayEquals(sequence.get(3).get(b), fourth.get(b), strategy.label());
        assertArrayEquals(sequence.get(4).get(b), fifth.get(b), strategy.label());
      }
    }
  }

  @Test
  void epochsCountFromOne() {
    assertThrows(IllegalArgumentException.class, () -> source(Strategy.CLASSICAL).startEpoch(0));
    assertThrows(IllegalArgumentException.class, () -> source(Strategy.LEARN2MIX).startEpoch(0));
  }
}
