package org.learn2mix.doctor;

import java.util.List;
import java.util.Objects;

/**
 * The deep-learning engine as it started in this process.
 *
 * @param name the engine's name, e.g. {@code PyTorch}
 * @param version the libtorch version DJL reports, e.g. {@code 2.7.1-20250812}
 * @param expectedVersion the libtorch version the engine's JNI library was built for, e.g. {@code
 *     2.7.1} (without the JNI on the class path, the one learn2mix is built with)
 * @param flavour the libtorch build, e.g. {@code cpu} or {@code cu128}; {@code unknown} when it
 *     cannot be told
 * @param cudaBuild whether the loaded libtorch can use CUDA
 * @param libtorchFolder the folder libtorch was loaded from
 * @param devices the devices the engine offers, e.g. {@code cpu()} or {@code gpu(0)}, each possibly
 *     with a description
 * @param defaultDevice the device the engine uses when none is named
 * @param intraOpThreads threads for one operation
 * @param interOpThreads threads across operations
 */
public record EngineFacts(
    String name,
    String version,
    String expectedVersion,
    String flavour,
    boolean cudaBuild,
    String libtorchFolder,
    List<String> devices,
    String defaultDevice,
    int intraOpThreads,
    int interOpThreads) {
  /** Checks that what a started engine always has is there, and copies the devices. */
  public EngineFacts {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    Objects.requireNonNull(flavour, "flavour");
    Objects.requireNonNull(libtorchFolder, "libtorchFolder");
    Objects.requireNonNull(defaultDevice, "defaultDevice");
    devices = List.copyOf(devices);
    if (devices.isEmpty()) {
      throw new IllegalArgumentException("a started engine has at least one device");
    }
  }
}
