package org.learn2mix.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hyperparameters chosen from a table's size. */
class TableDefaultsTest {
  @Test
  void batchesOfAboutATwentiethAndAboutTwoThousandSteps() {
    // Red wine: N/20 = 63.9 -> 64; 19 steps an epoch -> ⌈2000 / 19⌉ = 106 epochs.
    TableDefaults wine = TableDefaults.of(1277);
    assertEquals(64, wine.batchSize());
    assertEquals(19, wine.stepsPerEpoch());
    assertEquals(106, wine.epochs());
    // Housing: N/20 = 817 -> 1024, capped at 256; 63 steps -> ⌈2000 / 63⌉ = 32 epochs.
    TableDefaults housing = TableDefaults.of(16345);
    assertEquals(256, housing.batchSize());
    assertEquals(32, housing.epochs());
    assertEquals(1e-3, housing.learningRate());
    assertEquals(0.1, housing.gamma());
  }

  @Test
  void smallTablesAreBoundedAndAGivenBatchSizeSetsTheEpochs() {
    TableDefaults tiny = TableDefaults.of(40);
    assertEquals(16, tiny.batchSize());
    assertEquals(300, tiny.epochs()); // 2 steps an epoch would need 1000
    assertEquals(10, TableDefaults.of(10).batchSize()); // never more than the rows
    TableDefaults given = TableDefaults.of(16345, 1000);
    assertEquals(1000, given.batchSize());
    assertEquals(125, given.epochs()); // 16 steps an epoch
  }
}
