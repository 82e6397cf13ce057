package org.learn2mix.doctor;

import java.util.ArrayList;
import java.util.List;

/**
 * Signs of CUDA on this machine, independent of the engine that was loaded.
 *
 * @param runtimeVersion the version of the CUDA runtime library (libcudart) that could be loaded,
 *     e.g. {@code 12.8}; null if none could
 * @param gpuCount the GPUs the CUDA runtime counts (0 without a runtime, a driver or a GPU)
 * @param driverLoaded whether the NVIDIA kernel driver is loaded ({@code /proc/driver/nvidia})
 * @param nvidiaSmi where {@code nvidia-smi} is on the {@code PATH}; null if it is not
 */
public record CudaSigns(
    String runtimeVersion, int gpuCount, boolean driverLoaded, String nvidiaSmi) {
  /** Checks the count. */
  public CudaSigns {
    if (gpuCount < 0) {
      throw new IllegalArgumentException("GPU count " + gpuCount + " is negative");
    }
  }

  /** No CUDA at all. */
  public static CudaSigns none() {
    return new CudaSigns(null, 0, false, null);
  }

  /**
   * Whether this machine has an NVIDIA GPU that a CUDA engine could use: one the runtime counts, or
   * an NVIDIA driver. A runtime library without a driver or a GPU is not enough.
   */
  public boolean gpuPresent() {
    return gpuCount > 0 || driverLoaded || nvidiaSmi != null;
  }

  /** The signs found, e.g. {@code libcudart 12.8 counting 1 GPU, /proc/driver/nvidia}. */
  public String describe() {
    List<String> found = new ArrayList<>();
    if (runtimeVersion != null) {
      found.add("libcudart " + runtimeVersion + " counting " + gpuCount + " GPU(s)");
    }
    if (driverLoaded) {
      found.add("the NVIDIA driver (/proc/driver/nvidia)");
    }
    if (nvidiaSmi != null) {
      found.add(nvidiaSmi);
    }
    return found.isEmpty()
        ? "none (no libcudart, no /proc/driver/nvidia, no nvidia-smi on the PATH)"
        : String.join(", ", found);
  }
}
