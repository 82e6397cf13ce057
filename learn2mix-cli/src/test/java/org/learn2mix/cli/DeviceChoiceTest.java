package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.Device;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learn2mix.experiment.UsageException;

/** What {@code --device} accepts, and which GPUs an engine is taken to have. */
class DeviceChoiceTest {
  @Test
  void autoIsLeftToTheEngineAndTheOthersNameTheirDevice() {
    assertNull(DeviceChoice.parse("auto"));
    assertEquals(Device.cpu(), DeviceChoice.parse("cpu"));
    assertEquals(Device.gpu(0), DeviceChoice.parse("gpu"));
    assertEquals(Device.gpu(0), DeviceChoice.parse("gpu:0"));
    assertEquals(Device.gpu(3), DeviceChoice.parse("gpu:3"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "tpu", "CPU", "gpu:", "gpu:-1", "gpu:x", "gpu0", "gpu:1:2", "cuda"})
  void anythingElseIsRefusedNamingTheForms(String value) {
    UsageException e = assertThrows(UsageException.class, () -> DeviceChoice.parse(value));
    assertEquals("--device must be auto, cpu, gpu or gpu:N, was " + value, e.getMessage());
  }

  @Test
  void theCpuAndTheGpusTheEngineCountsAreAvailable() {
    assertEquals(Device.cpu(), DeviceChoice.checkAvailable(Device.cpu(), 0, "cpu"));
    assertEquals(Device.gpu(1), DeviceChoice.checkAvailable(Device.gpu(1), 2, "cu128"));
  }

  @Test
  void aGpuBeyondTheEnginesCountIsRefusedSayingWhatItSees() {
    UsageException cpuOnly =
        assertThrows(
            UsageException.class, () -> DeviceChoice.checkAvailable(Device.gpu(1), 0, "cpu"));
    assertEquals(
        "gpu:1 is not available: the engine (cpu flavour) sees cpu only; run learn2mix doctor",
        cpuOnly.getMessage());
    UsageException oneGpu =
        assertThrows(
            UsageException.class, () -> DeviceChoice.checkAvailable(Device.gpu(1), 1, "cu128"));
    assertEquals(
        "gpu:1 is not available: the engine (cu128 flavour) sees cpu, gpu:0; run learn2mix"
            + " doctor",
        oneGpu.getMessage());
  }
}
