package org.learn2mix.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.learn2mix.batching.Strategy;
import org.learn2mix.mixing.AllocationRule;
import org.learn2mix.mixing.LossSignal;
import org.learn2mix.mixing.UpdateSchedule;
import org.learn2mix.train.InitialWeights;
import org.learn2mix.train.TrainingSettings;

/** Each preset's reference-code variant carries the script's choices, and paper is unchanged. */
class ReferenceCodePresetsTest {
  private static final List<String> DESCRIBED =
      List.of(
          "mean-estimation",
          "wine-quality",
          "california-housing",
          "mnist",
          "fashion-mnist",
          "mnist-recon",
          "fashion-mnist-recon");

  private static TrainingSettings published(String name) {
    return ExperimentSettings.published(Presets.find(name, Protocol.REFERENCE_CODE), 1, null)
        .training();
  }

  @Test
  void paperIsThePresetAsItWas() {
    for (Preset preset : Presets.all()) {
      assertSame(preset, Presets.find(preset.name(), Protocol.PAPER));
      Procedure procedure = preset.procedure();
      assertEquals(Procedure.paper(), procedure, preset.name());
      TrainingSettings training = ExperimentSettings.published(preset, 1, null).training();
      assertEquals(AllocationRule.LARGEST_REMAINDER, training.mixing().allocation());
      assertEquals(LossSignal.EPOCH_MEAN, training.mixing().signal());
      assertEquals(0, training.weightDecay());
      assertNull(training.initialWeights());
    }
  }

  @Test
  void everyDescribedScriptTruncatesAndUsesTheLastBatch() {
    for (String name : DESCRIBED) {
      TrainingSettings training = published(name);
      assertEquals(AllocationRule.TRUNCATION, training.mixing().allocation(), name);
      assertEquals(LossSignal.LAST_BATCH, training.mixing().signal(), name);
      assertEquals(
          Protocol.REFERENCE_CODE,
          Presets.find(name, Protocol.REFERENCE_CODE).procedure().protocol(),
          name);
      assertTrue(Presets.referenceCode(name).isPresent(), name);
    }
  }

  @Test
  void classificationScriptsMoveAlphaAfterEveryBatchAtRateOneTenth() {
    for (String name : List.of("mnist", "fashion-mnist")) {
      TrainingSettings training = published(name);
      assertEquals(UpdateSchedule.PER_BATCH, training.mixing().schedule(), name);
      assertEquals(0.1, training.mixing().gamma(), name);
      assertEquals(
          Strategy.CLASSICAL,
          Presets.find(name, Protocol.REFERENCE_CODE).procedure().classicalBaseline());
    }
    assertEquals(0.5, Presets.find("fashion-mnist").gamma(), "the paper's Table 3");
  }

  @Test
  void regressionAndReconstructionScriptsMoveAlphaOncePerEpochAndCallFixedMixClassical() {
    for (String name :
        List.of(
            "mean-estimation",
            "wine-quality",
            "california-housing",
            "mnist-recon",
            "fashion-mnist-recon")) {
      assertEquals(UpdateSchedule.PER_EPOCH, published(name).mixing().schedule(), name);
      assertEquals(
          Strategy.FIXED_MIX,
          Presets.find(name, Protocol.REFERENCE_CODE).procedure().classicalBaseline(),
          name);
    }
    assertEquals(0.05, published("california-housing").mixing().gamma());
    assertEquals(0.05, published("wine-quality").mixing().gamma());
  }

  @Test
  void tabularScriptsPrepareTheirDataTheirOwnWay() {
    for (String name : List.of("wine-quality", "california-housing")) {
      assertNotSame(
          Presets.find(name).data(), Presets.find(name, Protocol.REFERENCE_CODE).data(), name);
    }
    assertSame(
        Presets.find("mnist-recon").data(),
        Presets.find("mnist-recon", Protocol.REFERENCE_CODE).data());
  }

  @Test
  void reconstructionScriptsPerturbOneBaseNetwork() {
    TrainingSettings mnist = published("mnist-recon");
    assertEquals(0.05, mnist.initialWeights().noiseStd());
    assertEquals(0.01, mnist.weightDecay());
    TrainingSettings fashion = published("fashion-mnist-recon");
    assertEquals(7e-3, fashion.initialWeights().noiseStd());
    assertEquals(0, fashion.weightDecay(), "Adam, not AdamW");
    InitialWeights a = mnist.initialWeights();
    assertEquals(a.baseSeed(), fashion.initialWeights().baseSeed());
  }

  @Test
  void aPresetWithoutADescribedScriptIsRefusedUnderReferenceCode() {
    UsageException e =
        assertThrows(UsageException.class, () -> Presets.find("cifar10", Protocol.REFERENCE_CODE));
    assertTrue(e.getMessage().contains("cifar10"), e.getMessage());
    assertThrows(UsageException.class, () -> Protocol.fromLabel("folklore"));
    assertEquals(Protocol.REFERENCE_CODE, Protocol.fromLabel("reference-code"));
  }
}
