package org.learn2mix.report.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpochsToTargetTest {
  @TempDir Path temp;

  @Test
  void lowerIsBetterTargetIsTheWorstFinalMean() throws IOException {
    // Final means: learn2mix 6, classical 32 -> target 32 (classical). learn2mix's mean curve
    // 110, 60, 25, ... is first <= 32 at epoch 3; classical's 105, 85, 65, 45, 32 at epoch 5.
    EpochsToTarget result =
        EpochsToTarget.of(RunFolderReader.read(RunFolderFixture.standard().writeTo(temp)));
    assertEquals(32, result.target(), 1e-12);
    assertEquals("classical", result.slowest());
    assertEquals(
        List.of(
            new EpochsToTarget.Entry("learn2mix", OptionalInt.of(3)),
            new EpochsToTarget.Entry("classical", OptionalInt.of(5))),
        result.entries());
  }

  @Test
  void higherIsBetterTargetIsTheLowestFinalMean() throws IOException {
    RunFolderFixture fixture = new RunFolderFixture();
    fixture.metric = "test_accuracy";
    fixture.higherIsBetter = true;
    // Means: learn2mix 15, 40, 62.5, 75, 85; classical 10, 30, 50, 60, 70 -> target 70.
    fixture.metrics.put("learn2mix", new double[][] {{10, 40, 60, 70, 80}, {20, 40, 65, 80, 90}});
    fixture.metrics.put("classical", new double[][] {{10, 30, 50, 60, 70}, {10, 30, 50, 60, 70}});
    EpochsToTarget result = EpochsToTarget.of(RunFolderReader.read(fixture.writeTo(temp)));
    assertEquals(70, result.target(), 1e-12);
    assertEquals("classical", result.slowest());
    assertEquals(OptionalInt.of(4), result.entries().get(0).epoch());
    assertEquals(OptionalInt.of(5), result.entries().get(1).epoch());
  }
}
