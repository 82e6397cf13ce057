package org.learn2mix.doctor;

import java.nio.file.Path;
import java.util.List;
import org.learn2mix.data.locate.DataSetStatus;

/** Facts for the doctor's tests: a healthy CPU machine, and ways to spoil it. */
final class Situations {
  private Situations() {}

  static EngineFacts cpuEngine() {
    return new EngineFacts(
        "PyTorch",
        "2.7.1",
        "2.7.1",
        "cpu",
        false,
        "/home/u/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64",
        List.of("cpu()"),
        "cpu()",
        2,
        2);
  }

  static EngineFacts cudaEngine() {
    return new EngineFacts(
        "PyTorch",
        "2.7.1",
        "2.7.1",
        "cu128",
        true,
        "/home/u/.djl.ai/pytorch/2.7.1-cu128-linux-x86_64",
        List.of("gpu(0) (compute capability 90, 150 GB)"),
        "gpu(0)",
        16,
        16);
  }

  static EngineFacts engineLoading(String libtorchVersion) {
    EngineFacts cpu = cpuEngine();
    return new EngineFacts(
        cpu.name(),
        libtorchVersion,
        cpu.expectedVersion(),
        "cpu",
        false,
        "/opt/libtorch/lib",
        cpu.devices(),
        cpu.defaultDevice(),
        2,
        2);
  }

  static HostFacts host(boolean cacheWritable) {
    return new HostFacts(
        "17.0.15+6",
        "Debian",
        4_000_000_000L,
        2,
        "1",
        "always [madvise] never",
        Path.of("/home/u/.djl.ai"),
        cacheWritable);
  }

  static HostFacts hostWithHugePages(String variable, String kernel) {
    return new HostFacts(
        "17.0.15+6", "Debian", 4_000_000_000L, 2, variable, kernel, Path.of("/c"), true);
  }

  static CudaSigns gpuWithDriver() {
    return new CudaSigns("12.8", 1, true, "/usr/bin/nvidia-smi");
  }

  static DoctorFacts healthy() {
    return new DoctorFacts(cpuEngine(), null, CudaSigns.none(), host(true), List.of());
  }

  static DoctorFacts with(EngineFacts engine, CudaSigns cuda) {
    return new DoctorFacts(engine, null, cuda, host(true), List.of());
  }

  static DoctorFacts withDataSets(List<DataSetStatus> dataSets) {
    return new DoctorFacts(cpuEngine(), null, CudaSigns.none(), host(true), dataSets);
  }
}
