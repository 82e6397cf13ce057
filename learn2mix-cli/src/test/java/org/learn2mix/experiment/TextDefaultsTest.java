package org.learn2mix.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hyperparameters chosen from a text folder's size. */
class TextDefaultsTest {
  @Test
  void theImdbPresetsRatesBatchesOfAboutAFiftiethAndAboutTwoThousandSteps() {
    Preset imdb = Presets.find("imdb");
    // IMDB's own split: N/50 = 500 -> 512; 48 steps an epoch -> ⌈2000 / 48⌉ = 42, capped at 40.
    TextDefaults full = TextDefaults.of(25_000, 0);
    assertEquals(512, full.batchSize());
    assertEquals(48, full.stepsPerEpoch());
    assertEquals(40, full.epochs());
    assertEquals(imdb.learningRate(), full.learningRate());
    assertEquals(imdb.gamma(), full.gamma());
    // 3,250 texts: N/50 = 65 -> 64; 50 steps -> 40 epochs.
    TextDefaults subset = TextDefaults.of(3250, 0);
    assertEquals(64, subset.batchSize());
    assertEquals(40, subset.epochs());
  }

  @Test
  void smallFoldersAreBoundedAndAGivenBatchSizeSetsTheEpochs() {
    TextDefaults tiny = TextDefaults.of(60, 0);
    assertEquals(16, tiny.batchSize());
    assertEquals(40, tiny.epochs()); // 3 steps an epoch would need 667
    assertEquals(10, TextDefaults.of(10, 0).batchSize()); // never more than the texts
    TextDefaults many = TextDefaults.of(400_000, 0);
    assertEquals(512, many.batchSize());
    assertEquals(5, many.epochs()); // 781 steps an epoch: 3 would do, 5 at least
    TextDefaults given = TextDefaults.of(25_000, 100);
    assertEquals(100, given.batchSize());
    assertEquals(8, given.epochs()); // 250 steps an epoch
  }
}
