package org.learn2mix.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a local sweep's jobs share the devices given. */
class LocalSweepTest {
  @Test
  void jobsTakeTheDevicesInTurn() {
    assertEquals(
        List.of("gpu:0", "gpu:1", "gpu:0", "gpu:1"),
        LocalSweep.deviceSlots(List.of("gpu:0", "gpu:1"), 4));
    assertEquals(
        List.of("gpu:0", "gpu:1", "gpu:0"), LocalSweep.deviceSlots(List.of("gpu:0", "gpu:1"), 3));
    assertEquals(List.of("gpu:0"), LocalSweep.deviceSlots(List.of("gpu:0", "gpu:1"), 1));
  }

  @Test
  void noDevicesLeaveEveryJobOnTheEnginesDefault() {
    assertEquals(List.of(), LocalSweep.deviceSlots(List.of(), 4));
  }
}
