package org.learn2mix.batching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatchSourceTest {

  @Test
  void batchesPerEpochIsTheNumberOfWholeBatchesButAtLeastOne() {
    for (int n = 0; n <= 300; n++) {
      for (int m = 1; m <= 60; m++) {
        int p = BatchSource.batchesPerEpoch(n, m);
        String context = "N " + n + " M " + m + " -> P " + p;
        assertTrue(p >= 1, context);
        if (n >= m) {
          // P whole batches fit, P + 1 do not
          assertTrue((long) p * m <= n, context);
          assertTrue((long) (p + 1) * m > n, context);
        } else {
          assertEquals(1, p, context);
        }
      }
    }
  }

  @Test
  void handWorkedValues() {
    assertEquals(60, BatchSource.batchesPerEpoch(60_000, 1000));
    assertEquals(5, BatchSource.batchesPerEpoch(26_250, 5000));
    assertEquals(10, BatchSource.batchesPerEpoch(1_043, 100));
    assertEquals(1, BatchSource.batchesPerEpoch(10, 100));
  }

  @Test
  void rejectsBatchSizeBelowOne() {
    assertThrows(IllegalArgumentException.class, () -> BatchSource.batchesPerEpoch(100, 0));
    assertThrows(IllegalArgumentException.class, () -> BatchSource.batchesPerEpoch(100, -3));
  }
}
