package org.learn2mix.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A GPU's name as {@code nvidia-smi} gives it. DJL's API has no call for it, and the CUDA runtime's
 * device properties are a structure whose layout changes between releases.
 */
final class GpuName {
  private static final long TIMEOUT_SECONDS = 10;

  private GpuName() {}

  /**
   * The name of CUDA device {@code cudaIndex}.
   *
   * @return e.g. {@code NVIDIA H200}; null if {@code nvidia-smi} is missing, fails or says nothing
   */
  static String of(int cudaIndex) {
    List<String> command =
        List.of(
            "nvidia-smi",
            "--query-gpu=name",
            "--format=csv,noheader",
            "--id=" + nvidiaSmiId(cudaIndex, System.getenv("CUDA_VISIBLE_DEVICES")));
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      // One short line: it fits the pipe, so waiting before reading cannot block the program.
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return null;
      }
      try (InputStream in = process.getInputStream()) {
        String output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return process.exitValue() == 0 ? firstLine(output) : null;
      }
    } catch (IOException e) {
      return null; // no nvidia-smi
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * The GPU that {@code nvidia-smi --id} must name for CUDA device {@code cudaIndex}: CUDA counts
   * only the GPUs {@code CUDA_VISIBLE_DEVICES} lists (by index or UUID), in its order.
   *
   * @param cudaIndex the device's number as CUDA (and DJL) counts it, from 0
   * @param visibleDevices the value of {@code CUDA_VISIBLE_DEVICES}, or null if unset
   * @return the entry of the list at {@code cudaIndex}, or the index itself when the variable is
   *     unset, blank or shorter
   */
  static String nvidiaSmiId(int cudaIndex, String visibleDevices) {
    if (visibleDevices != null && !visibleDevices.isBlank()) {
      String[] visible = visibleDevices.split(",");
      if (cudaIndex < visible.length && !visible[cudaIndex].isBlank()) {
        return visible[cudaIndex].trim();
      }
    }
    return String.valueOf(cudaIndex);
  }

  private static String firstLine(String output) {
    String line = output.lines().findFirst().orElse("").trim();
    return line.isEmpty() ? null : line;
  }
}
