package org.learn2mix.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

/** How a run's device is named and described; the GPU side is checked without a GPU. */
class RunDeviceTest {
  @Test
  void devicesAreNamedAsTheCommandLineNamesThem() {
    assertEquals("cpu", RunDevice.name(Device.cpu()));
    assertEquals("gpu:0", RunDevice.name(Device.gpu()));
    assertEquals("gpu:3", RunDevice.name(Device.gpu(3)));
  }

  @Test
  void onTheCpuThereIsNoCudaVersionAndNoGpuName() {
    RunDevice cpu = RunDevice.of(Device.cpu(), "cpu");
    assertEquals("cpu", cpu.device());
    assertEquals("cpu", cpu.engineFlavour());
    assertNull(cpu.cudaVersion());
    assertNull(cpu.gpuName());
  }

  @Test
  void theDeviceAndFlavourMustBeNamed() {
    assertThrows(IllegalArgumentException.class, () -> new RunDevice(" ", "cpu", null, null));
    assertThrows(IllegalArgumentException.class, () -> new RunDevice("cpu", null, null, null));
  }

  @Test
  void nvidiaSmiIsAskedForTheGpuThatCudaCountsAsThatNumber() {
    assertEquals("1", GpuName.nvidiaSmiId(1, null));
    assertEquals("1", GpuName.nvidiaSmiId(1, " "));
    assertEquals("2", GpuName.nvidiaSmiId(0, "2,3"));
    assertEquals("3", GpuName.nvidiaSmiId(1, "2, 3"));
    assertEquals("GPU-8f2c1a", GpuName.nvidiaSmiId(0, "GPU-8f2c1a"));
    assertEquals("4", GpuName.nvidiaSmiId(4, "0,1"), "beyond the list: the number itself");
  }
}
