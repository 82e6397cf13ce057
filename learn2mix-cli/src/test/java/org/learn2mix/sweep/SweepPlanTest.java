package org.learn2mix.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;

class SweepPlanTest {
  private static final SweepPlan PLAN =
      new SweepPlan(
          List.of("wine-quality"),
          List.of(0.01, 0.05, 0.2),
          List.of(32, 64),
          List.of(1e-3),
          List.of(Strategy.LEARN2MIX, Strategy.CLASSICAL, Strategy.FIXED_MIX),
          List.of(0L, 1L));

  @Test
  void strategiesWithoutGammaTrainOncePerBatchSizeAndLearningRate() {
    // per batch size: 2 seeds × (3 γ for learn2mix + 1 classical + 1 fixed-mix)
    assertEquals(2 * 2 * (3 + 1 + 1), PLAN.cells().size());
    assertEquals(3 * 2, PLAN.settings().size());
    assertEquals(
        PLAN.cells().size(), new HashSet<>(PLAN.cells().stream().map(Cell::id).toList()).size());
  }

  @Test
  void everySettingOfOneBatchSizeSharesItsGammaFreeCells() {
    Setting low = new Setting(0.01, 32, 1e-3);
    Setting high = new Setting(0.2, 32, 1e-3);
    List<String> lowIds = PLAN.cellsOf(low).stream().map(Cell::id).toList();
    List<String> highIds = PLAN.cellsOf(high).stream().map(Cell::id).toList();
    assertEquals(
        List.of(
            "learn2mix-g0.01-b32-lr0.001-seed0",
            "classical-b32-lr0.001-seed0",
            "fixed-mix-b32-lr0.001-seed0",
            "learn2mix-g0.01-b32-lr0.001-seed1",
            "classical-b32-lr0.001-seed1",
            "fixed-mix-b32-lr0.001-seed1"),
        lowIds);
    assertEquals("learn2mix-g0.2-b32-lr0.001-seed0", highIds.get(0));
    assertEquals(lowIds.subList(1, 3), highIds.subList(1, 3));
    Set<String> all = new HashSet<>(PLAN.cells().stream().map(Cell::id).toList());
    assertTrue(all.containsAll(lowIds) && all.containsAll(highIds));
  }

  @Test
  void shardsSplitTheCellsWithoutOverlapOrGap() {
    List<Cell> joined = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      joined.addAll(PLAN.shard(i, 3));
    }
    assertEquals(PLAN.cells().size(), joined.size());
    assertEquals(new HashSet<>(PLAN.cells()), new HashSet<>(joined));
    assertEquals(PLAN.cells().get(4), PLAN.shard(1, 3).get(1));
    assertThrows(IllegalArgumentException.class, () -> PLAN.shard(3, 3));
  }

  @Test
  void settingNamesAreFolderNamesWithPlainNumbers() {
    assertEquals("g0.05-b32-lr0.0001", new Setting(0.05, 32, 1e-4).id());
    assertEquals(PLAN.cells().get(0), PLAN.cell(PLAN.cells().get(0).id()).orElseThrow());
  }

  @Test
  void repeatedValuesAndGapsInTheSeedsAreRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SweepPlan(
                List.of(),
                List.of(0.1, 0.1),
                List.of(32),
                List.of(1e-3),
                List.of(Strategy.LEARN2MIX),
                List.of(0L)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new SweepPlan(
                List.of(),
                List.of(0.1),
                List.of(32),
                List.of(1e-3),
                List.of(Strategy.LEARN2MIX),
                List.of(0L, 2L)));
  }
}
