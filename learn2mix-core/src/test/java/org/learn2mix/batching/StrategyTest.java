package org.learn2mix.batching;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.learn2mix.mixing.AdaptiveMixing;
import org.learn2mix.mixing.AllocationRule;
import org.learn2mix.mixing.MixingProportions;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.random.SplitMix64;

class StrategyTest {
  private static final ClassPools POOLS = ClassPools.of(new int[] {0, 0, 0, 1, 1, 2}, 3);

  private static BatchSource batches(Strategy strategy) {
    AdaptiveMixing mixing =
        new AdaptiveMixing(
            MixingProportions.ofCounts(POOLS.sizes()), strategy.effective(MixingSettings.of(0.5)));
    return strategy.batches(POOLS, 3, SplitMix64.seeded(1), mixing);
  }

  @Test
  void eachStrategyDrawsItsOwnKindOfBatches() {
    assertInstanceOf(MixedBatches.class, batches(Strategy.LEARN2MIX));
    assertInstanceOf(MixedBatches.class, batches(Strategy.FIXED_MIX));
    assertInstanceOf(ShuffledBatches.class, batches(Strategy.CLASSICAL));
    assertInstanceOf(ShuffledBatches.class, batches(Strategy.FOCAL));
  }

  @Test
  void onlyLearn2mixAdaptsAndOnlyFocalChangesTheLoss() {
    for (Strategy s : Strategy.values()) {
      assertEquals(s == Strategy.LEARN2MIX, s.adapts(), s.label());
      assertEquals(s == Strategy.FOCAL, s.trainsOnFocalLoss(), s.label());
      assertEquals(s.adapts() ? 0.5 : 0.0, s.effective(MixingSettings.of(0.5)).gamma());
    }
  }

  @Test
  void labelsRoundTripAndUnknownNamesListTheKnownOnes() {
    for (Strategy s : Strategy.values()) {
      assertEquals(s, Strategy.fromLabel(s.label()));
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Strategy.fromLabel("sgd"));
    assertTrue(e.getMessage().contains("learn2mix, classical, fixed-mix, focal"), e.getMessage());
  }

  @Test
  void fixedMixAndLearn2mixAllocateByTheSettingsRule() {
    // α̃ = (3, 2, 1) / 6, M = 3: exact (1.5, 1, 0.5); truncation keeps (1, 1, 0), two examples
    for (Strategy strategy : new Strategy[] {Strategy.LEARN2MIX, Strategy.FIXED_MIX}) {
      MixingSettings truncating = MixingSettings.of(0.5).allocatingBy(AllocationRule.TRUNCATION);
      AdaptiveMixing mixing =
          new AdaptiveMixing(
              MixingProportions.ofCounts(POOLS.sizes()), strategy.effective(truncating));
      BatchSource source = strategy.batches(POOLS, 3, SplitMix64.seeded(1), mixing);
      source.startEpoch();
      Batch batch = source.next();
      assertEquals(2, batch.size(), strategy.label());
      assertArrayEquals(new int[] {1, 1, 0}, batch.classCounts(), strategy.label());
      BatchSource exact = batches(strategy);
      exact.startEpoch();
      assertEquals(3, exact.next().size(), "largest remainder fills M");
    }
  }
}
