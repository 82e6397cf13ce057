package org.learn2mix.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.train.EpochRecord;

/**
 * The verdict's statistics against values computed by hand; t quantiles from printed tables
 * (t_{0.975, 1} = 12.7062047, t_{0.975, 2} = 4.3026527, t_{0.975, 3} = 3.1824463).
 */
class VerdictTest {
  private static final List<String> CLASSES = List.of("common", "rare");

  /** A run whose epoch e has metric {@code metrics[e]}, class metrics and seconds per epoch. */
  private static RunResult run(
      Strategy strategy, long seed, double seconds, double[] finalClasses, double... metrics) {
    List<EpochRecord> epochs = new ArrayList<>();
    double[] two = {0.5, 0.5};
    for (int e = 0; e < metrics.length; e++) {
      double[] classes = e == metrics.length - 1 ? finalClasses : two;
      epochs.add(new EpochRecord(e + 1, 1.0, metrics[e], classes, two, two, seconds));
    }
    return new RunResult(strategy, seed, epochs);
  }

  @Test
  void theIntervalIsTheMeanPlusMinusTTimesTheStandardError() {
    // {1, 2, 3, 4}: mean 2.5, s = √(5/3) = 1.2909944, half = 3.1824463 · 1.2909944 / 2 = 2.0542603.
    Verdict.Interval four = Verdict.interval(new double[] {1, 2, 3, 4});
    assertEquals(0.4457397, four.low(), 1e-6);
    assertEquals(4.5542603, four.high(), 1e-6);
    // {0.5, 1.5}: mean 1, s = √0.5, half = 12.7062047 · √0.5 / √2 = 6.3531024.
    Verdict.Interval two = Verdict.interval(new double[] {0.5, 1.5});
    assertEquals(-5.3531024, two.low(), 1e-6);
    assertEquals(7.3531024, two.high(), 1e-6);
    assertNull(Verdict.interval(new double[] {3}));
  }

  @Test
  void pairsSeedsFindsTheEpochThatReachesTheBaselineAndTheWorstClass() {
    List<RunResult> runs =
        List.of(
            run(Strategy.CLASSICAL, 0, 1.0, new double[] {90, 70}, 50, 70, 78, 80),
            run(Strategy.CLASSICAL, 1, 1.0, new double[] {92, 74}, 50, 70, 78, 82),
            run(Strategy.CLASSICAL, 2, 1.0, new double[] {94, 72}, 50, 70, 78, 84),
            run(Strategy.CLASSICAL, 3, 1.0, new double[] {0, 0}, 50, 70), // unfinished: left out
            run(Strategy.LEARN2MIX, 0, 1.5, new double[] {85, 80}, 60, 80, 82, 83),
            run(Strategy.LEARN2MIX, 1, 2.0, new double[] {86, 82}, 60, 81, 83, 84),
            run(Strategy.LEARN2MIX, 2, 2.5, new double[] {87, 84}, 60, 82, 84, 88),
            run(Strategy.FIXED_MIX, 0, 1.0, new double[] {88, 77}, 55, 75, 79, 81));
    Verdict v = Verdict.of(runs, 4, true, CLASSES).orElseThrow();

    assertEquals(3, v.pairedSeeds());
    assertEquals(4, v.epoch());
    // d = 3, 2, 4: mean 3, s = 1, half = 4.3026527 / √3 = 2.4841377.
    assertEquals(3, v.meanDifference(), 1e-12);
    assertEquals(0.5158623, v.interval().low(), 1e-6);
    assertEquals(5.4841377, v.interval().high(), 1e-6);
    assertEquals(Verdict.Outcome.STRATEGY_BETTER, v.outcome(true));
    // classical ends at (80 + 82 + 84) / 3 = 82; learn2mix's mean is 81 at epoch 2, 83 at 3.
    assertEquals(82, v.baselineFinal(), 1e-12);
    assertEquals(3, v.reach().epoch());
    assertEquals((4.5 + 6 + 7.5) / 3, v.reach().seconds(), 1e-12);
    assertEquals(4, v.baselineSeconds(), 1e-12);
    // Under classical: common 92, rare 72, so rare is worst.
    assertEquals(1, v.worstClass().index());
    assertEquals("rare", v.worstClass().name());
    assertEquals(
        Map.of(Strategy.CLASSICAL, 72.0, Strategy.LEARN2MIX, 82.0, Strategy.FIXED_MIX, 77.0),
        v.worstClass().values());
  }

  @Test
  void lowerIsBetterForErrorsAndOneSeedHasNoInterval() {
    List<RunResult> runs =
        List.of(
            run(Strategy.LEARN2MIX, 5, 1.0, new double[] {0.2, 0.9}, 3.0, 1.0, 0.5),
            run(Strategy.CLASSICAL, 5, 1.0, new double[] {0.1, 0.4}, 2.0, 1.5, 0.8));
    Verdict v = Verdict.of(runs, 3, false, CLASSES).orElseThrow();
    assertEquals(-0.3, v.meanDifference(), 1e-12);
    assertNull(v.interval());
    assertEquals(Verdict.Outcome.NO_INTERVAL, v.outcome(false));
    assertEquals(3, v.reach().epoch()); // 1.0 at epoch 2 is above 0.8; 0.5 at epoch 3 is not
    assertEquals(1, v.worstClass().index()); // the larger error, 0.4
  }

  @Test
  void anIntervalHoldingZeroIsNoClearDifferenceAndAMissedTargetHasNoReach() {
    List<RunResult> runs =
        List.of(
            run(Strategy.LEARN2MIX, 0, 1.0, new double[] {1, 1}, 10, 11),
            run(Strategy.LEARN2MIX, 1, 1.0, new double[] {1, 1}, 10, 13),
            run(Strategy.CLASSICAL, 0, 1.0, new double[] {1, 1}, 10, 12),
            run(Strategy.CLASSICAL, 1, 1.0, new double[] {1, 1}, 10, 12.5));
    Verdict v = Verdict.of(runs, 2, true, CLASSES).orElseThrow();
    assertEquals(Verdict.Outcome.NO_CLEAR_DIFFERENCE, v.outcome(true));
    assertTrue(v.interval().low() < 0 && v.interval().high() > 0);
    assertEquals(-0.25, v.meanDifference(), 1e-12);
    assertNull(v.reach());
  }

  @Test
  void thereIsNoVerdictWithoutBothStrategies() {
    List<RunResult> runs = List.of(run(Strategy.LEARN2MIX, 0, 1.0, new double[] {1, 1}, 10, 11));
    assertEquals(Optional.empty(), Verdict.of(runs, 2, true, CLASSES));
    List<RunResult> unpaired =
        List.of(
            run(Strategy.LEARN2MIX, 0, 1.0, new double[] {1, 1}, 10, 11),
            run(Strategy.CLASSICAL, 1, 1.0, new double[] {1, 1}, 10, 11));
    assertEquals(Optional.empty(), Verdict.of(unpaired, 2, true, CLASSES));
  }
}
