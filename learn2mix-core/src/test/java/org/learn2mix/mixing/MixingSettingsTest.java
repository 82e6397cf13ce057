package org.learn2mix.mixing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MixingSettingsTest {

  @Test
  void rejectsGammaOutsideZeroToOne() {
    double[] bad = {-0.1, -0.0001, 1.0, 1.5, Double.NaN, Double.POSITIVE_INFINITY};
    for (double gamma : bad) {
      assertThrows(
          IllegalArgumentException.class, () -> MixingSettings.of(gamma), "gamma " + gamma);
    }
  }

  @Test
  void acceptsGammaInRangeAndZeroForFrozen() {
    for (double gamma : new double[] {0.0, 0.01, 0.5, 0.999}) {
      assertEquals(gamma, MixingSettings.of(gamma).gamma());
    }
  }

  @Test
  void requiresSignalAndSchedule() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new MixingSettings(0.1, null, UpdateSchedule.PER_EPOCH));
    assertThrows(
        IllegalArgumentException.class, () -> new MixingSettings(0.1, LossSignal.EPOCH_MEAN, null));
  }

  @Test
  void defaultsAreEpochMeanPerEpoch() {
    MixingSettings s = MixingSettings.of(0.1);
    assertEquals(LossSignal.EPOCH_MEAN, s.signal());
    assertEquals(UpdateSchedule.PER_EPOCH, s.schedule());
  }

  @Test
  void frozenKeepsSignalAndScheduleWithGammaZero() {
    MixingSettings s = new MixingSettings(0.3, LossSignal.LAST_BATCH, UpdateSchedule.PER_BATCH);
    MixingSettings f = s.frozen();
    assertEquals(0.0, f.gamma());
    assertEquals(LossSignal.LAST_BATCH, f.signal());
    assertEquals(UpdateSchedule.PER_BATCH, f.schedule());
  }

  @Test
  void scheduleLabelsRoundTrip() {
    for (UpdateSchedule s : UpdateSchedule.values()) {
      assertEquals(s, UpdateSchedule.fromLabel(s.label()));
    }
    assertEquals(UpdateSchedule.PER_EPOCH, UpdateSchedule.fromLabel("per-epoch"));
    assertEquals(UpdateSchedule.PER_BATCH, UpdateSchedule.fromLabel("per-batch"));
    assertThrows(IllegalArgumentException.class, () -> UpdateSchedule.fromLabel("sometimes"));
  }

  @Test
  void allocationDefaultsToLargestRemainderAndSurvivesFreezing() {
    assertEquals(AllocationRule.LARGEST_REMAINDER, MixingSettings.of(0.1).allocation());
    MixingSettings truncating = MixingSettings.of(0.1).allocatingBy(AllocationRule.TRUNCATION);
    assertEquals(AllocationRule.TRUNCATION, truncating.allocation());
    assertEquals(AllocationRule.TRUNCATION, truncating.frozen().allocation());
    assertThrows(
        IllegalArgumentException.class,
        () -> new MixingSettings(0.1, LossSignal.EPOCH_MEAN, UpdateSchedule.PER_EPOCH, null));
  }
}
