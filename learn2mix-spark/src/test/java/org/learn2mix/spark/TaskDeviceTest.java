package org.learn2mix.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.apache.spark.resource.ResourceInformation;
import org.junit.jupiter.api.Test;

/** Which device a Spark task's cell trains on, from the resources Spark assigned the task. */
class TaskDeviceTest {
  private static ResourceInformation gpus(String... addresses) {
    return new ResourceInformation("gpu", addresses);
  }

  @Test
  void theFirstAssignedGpuIsTheDevice() {
    assertEquals("gpu:2", TaskDevice.of(Map.of("gpu", gpus("2"))));
    assertEquals("gpu:1", TaskDevice.of(Map.of("gpu", gpus("1", "3"))));
  }

  @Test
  void aTaskWithoutAGpuTrainsOnTheExecutorsDefault() {
    assertNull(TaskDevice.of(Map.of()));
    assertNull(TaskDevice.of(Map.of("gpu", gpus())));
    assertNull(TaskDevice.of(Map.of("fpga", new ResourceInformation("fpga", new String[] {"0"}))));
    assertNull(TaskDevice.ofThisTask(), "outside a task");
  }

  @Test
  void anAddressThatIsNoIndexIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TaskDevice.of(Map.of("gpu", gpus("a"))));
    assertEquals(
        "Spark assigned the task GPU address 'a', not a GPU index; the discovery script must"
            + " report indexes such as 0, 1",
        e.getMessage());
  }
}
