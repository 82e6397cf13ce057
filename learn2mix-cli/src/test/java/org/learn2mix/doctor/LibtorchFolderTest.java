package org.learn2mix.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LibtorchFolderTest {
  @Test
  void theFlavourComesFromTheNameDjlsCacheGivesTheFolder() {
    assertEquals(
        "cpu",
        LibtorchFolder.flavour(
            Path.of("/r/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64"), null));
    assertEquals(
        "cu128",
        LibtorchFolder.flavour(Path.of("/r/.djl.ai/pytorch/2.7.1-cu128-linux-x86_64"), null));
    assertEquals(
        "cpu-precxx11",
        LibtorchFolder.flavour(Path.of("/c/pytorch/1.13.1-cpu-precxx11-linux-aarch64"), "cu118"));
  }

  @Test
  void anyOtherFolderTakesTheFlavourVariableOrIsUnknown() {
    assertEquals("cu128", LibtorchFolder.flavour(Path.of("/opt/libtorch/lib"), "cu128"));
    assertEquals("unknown", LibtorchFolder.flavour(Path.of("/opt/libtorch/lib"), null));
    assertEquals("unknown", LibtorchFolder.flavour(Path.of("/"), " "));
  }
}
