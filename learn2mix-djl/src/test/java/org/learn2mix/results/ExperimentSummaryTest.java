package org.learn2mix.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.train.EpochRecord;

class ExperimentSummaryTest {
  @Test
  void checkpointsAreQuarterHalfAndLastRoundedUp() {
    assertEquals(List.of(125, 250, 500), ExperimentSummary.checkpoints(500));
    assertEquals(List.of(18, 35, 70), ExperimentSummary.checkpoints(70));
    assertEquals(List.of(1, 2, 3), ExperimentSummary.checkpoints(3));
    assertEquals(List.of(1, 2), ExperimentSummary.checkpoints(2));
    assertEquals(List.of(1), ExperimentSummary.checkpoints(1));
  }

  @Test
  void meanStdUsesThePopulationStandardDeviation() {
    MeanStd stats = MeanStd.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
    assertEquals(5.0, stats.mean());
    assertEquals(2.0, stats.std());
  }

  private static RunResult run(Strategy strategy, long seed, double... metrics) {
    List<EpochRecord> epochs = new java.util.ArrayList<>();
    for (int e = 0; e < metrics.length; e++) {
      epochs.add(
          new EpochRecord(
              e + 1, 0, metrics[e], new double[1], new double[1], new double[] {1}, 0.5));
    }
    return new RunResult(strategy, seed, epochs);
  }

  @Test
  void aggregatesEachStrategyOverItsSeedsAtEachCheckpoint() {
    ExperimentSummary summary =
        ExperimentSummary.of(
            List.of(
                run(Strategy.LEARN2MIX, 0, 10, 8, 6, 4),
                run(Strategy.CLASSICAL, 0, 11, 9, 7, 5),
                run(Strategy.LEARN2MIX, 1, 12, 10, 8, 2)),
            4);
    assertEquals(List.of(1, 2, 4), summary.checkpoints());
    ExperimentSummary.StrategySummary l2m = summary.strategies().get(Strategy.LEARN2MIX);
    assertEquals(new MeanStd(11, 1), l2m.byEpoch().get(1));
    assertEquals(new MeanStd(9, 1), l2m.byEpoch().get(2));
    assertEquals(new MeanStd(3, 1), l2m.byEpoch().get(4));
    assertEquals(2, l2m.seeds());
    assertEquals(0.5, l2m.secondsPerEpoch());
    assertEquals(new MeanStd(5, 0), summary.strategies().get(Strategy.CLASSICAL).byEpoch().get(4));
  }
}
