package org.learn2mix.engine;

import ai.djl.Device;
import ai.djl.util.cuda.CudaUtils;

/**
 * The device a run trains on, as its results record it: the device, the engine's libtorch flavour,
 * and for a GPU the CUDA runtime's version and the GPU's name.
 *
 * @param device the device in learn2mix's notation: {@code cpu} or {@code gpu:N}
 * @param engineFlavour the libtorch build the engine loaded, e.g. {@code cpu} or {@code cu128};
 *     {@code unknown} when it cannot be told
 * @param cudaVersion the CUDA runtime's version, e.g. {@code 12.8}; null on the CPU or where
 *     unknown
 * @param gpuName the GPU's name, e.g. {@code NVIDIA H200}; null on the CPU or where unknown
 */
public record RunDevice(String device, String engineFlavour, String cudaVersion, String gpuName) {
  /**
   * Checks that the device and flavour are named.
   *
   * @param device {@code cpu} or {@code gpu:N}
   * @param engineFlavour the libtorch flavour, or {@code unknown}
   * @param cudaVersion the CUDA runtime's version, or null
   * @param gpuName the GPU's name, or null
   * @throws IllegalArgumentException if the device or the flavour is null or blank
   */
  public RunDevice {
    if (device == null || device.isBlank()) {
      throw new IllegalArgumentException("the device is required");
    }
    if (engineFlavour == null || engineFlavour.isBlank()) {
      throw new IllegalArgumentException("the engine flavour is required (or unknown)");
    }
  }

  /**
   * Describes {@code device} as it is now: on a GPU asks the CUDA runtime for its version and
   * {@code nvidia-smi} for the GPU's name (each null where it cannot be found out).
   *
   * @param device the device the run trains on
   * @param engineFlavour the libtorch flavour the engine loaded, or {@code unknown}
   * @return the description
   */
  public static RunDevice of(Device device, String engineFlavour) {
    if (!device.isGpu()) {
      return new RunDevice(name(device), engineFlavour, null, null);
    }
    return new RunDevice(
        name(device), engineFlavour, cudaRuntimeVersion(), GpuName.of(device.getDeviceId()));
  }

  /**
   * A device in learn2mix's notation.
   *
   * @param device a device
   * @return {@code cpu} for the CPU, {@code gpu:N} for GPU N, else DJL's own name (e.g. {@code
   *     mps()})
   */
  public static String name(Device device) {
    if (device.isGpu()) {
      return "gpu:" + device.getDeviceId();
    }
    return Device.Type.CPU.equals(device.getDeviceType()) ? "cpu" : device.toString();
  }

  private static String cudaRuntimeVersion() {
    try {
      int version = CudaUtils.getCudaVersion();
      return version / 1000 + "." + version % 1000 / 10;
    } catch (RuntimeException | LinkageError e) {
      return null; // no loadable CUDA runtime
    }
  }
}
