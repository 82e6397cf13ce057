package org.learn2mix.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hyperparameters chosen from the size of a table, a text folder or an image folder. */
class OwnDataDefaultsTest {
  private static OwnDataDefaults table(int rows) {
    return OwnDataDefaults.choose(OwnDataDefaults.TABLE, rows, 0);
  }

  private static OwnDataDefaults texts(int texts, int batchSize) {
    return OwnDataDefaults.choose(OwnDataDefaults.TEXT, texts, batchSize);
  }

  @Test
  void tablesGetBatchesOfAboutATwentiethAndAboutTwoThousandSteps() {
    // Red wine: N/20 = 63.9 -> 64; 19 steps an epoch -> ⌈2000 / 19⌉ = 106 epochs.
    OwnDataDefaults wine = table(1277);
    assertEquals(64, wine.batchSize());
    assertEquals(19, wine.stepsPerEpoch());
    assertEquals(106, wine.epochs());
    // Housing: N/20 = 817 -> 1024, capped at 256; 63 steps -> ⌈2000 / 63⌉ = 32 epochs.
    OwnDataDefaults housing = table(16345);
    assertEquals(256, housing.batchSize());
    assertEquals(32, housing.epochs());
    assertEquals(1e-3, housing.learningRate());
    assertEquals(0.1, housing.gamma());
    assertEquals(
        "the power of two nearest N/20 = 817 (N = 16345 training rows), within 16..256, for about"
            + " 20 steps an epoch where that range allows",
        housing.batchSizeReason());
    assertEquals(
        "about 2000 optimizer steps at 63 steps an epoch, within 20..300 epochs",
        housing.epochsReason());
  }

  @Test
  void smallTablesAreBoundedAndAGivenBatchSizeSetsTheEpochs() {
    OwnDataDefaults tiny = table(40);
    assertEquals(16, tiny.batchSize());
    assertEquals(300, tiny.epochs()); // 2 steps an epoch would need 1000
    assertEquals(10, table(10).batchSize()); // never more than the rows
    OwnDataDefaults given = OwnDataDefaults.choose(OwnDataDefaults.TABLE, 16345, 1000);
    assertEquals(1000, given.batchSize());
    assertEquals(125, given.epochs()); // 16 steps an epoch
    assertThrows(IllegalArgumentException.class, () -> table(0));
  }

  @Test
  void textsTakeTheImdbPresetsRatesBatchesOfAboutAFiftiethAndAboutTwoThousandSteps() {
    Preset imdb = Presets.find("imdb");
    // IMDB's own split: N/50 = 500 -> 512; 48 steps an epoch -> ⌈2000 / 48⌉ = 42, capped at 40.
    OwnDataDefaults full = texts(25_000, 0);
    assertEquals(512, full.batchSize());
    assertEquals(48, full.stepsPerEpoch());
    assertEquals(40, full.epochs());
    assertEquals(imdb.learningRate(), full.learningRate());
    assertEquals(imdb.gamma(), full.gamma());
    assertEquals(64, texts(3250, 0).batchSize()); // N/50 = 65 -> 64
    OwnDataDefaults tiny = texts(60, 0);
    assertEquals(16, tiny.batchSize());
    assertEquals(40, tiny.epochs()); // 3 steps an epoch would need 667
    assertEquals(10, texts(10, 0).batchSize()); // never more than the texts
    assertEquals(5, texts(400_000, 0).epochs()); // 781 steps an epoch: 3 would do, 5 at least
    assertEquals(8, texts(25_000, 100).epochs()); // 250 steps an epoch
  }

  @Test
  void imagesTakeBatchesOfAboutAHundredthWithinWhatTheNetworkAllows() {
    // 31,500 images: N/100 = 315 -> 256 for LeNet-5; 123 steps -> ⌈3000 / 123⌉ = 25 epochs.
    OwnDataDefaults lenet = OwnDataDefaults.choose(ImageModel.LENET.defaultsRule(), 31_500, 0);
    assertEquals(256, lenet.batchSize());
    assertEquals(25, lenet.epochs());
    assertTrue(lenet.batchSizeReason().endsWith("within 32..256 for LeNet-5"));
    OwnDataDefaults resnet = OwnDataDefaults.choose(ImageModel.RESNET18.defaultsRule(), 31_500, 0);
    assertEquals(64, resnet.batchSize());
    assertEquals(1e-3, resnet.learningRate());
  }
}
