package org.learn2mix.cli;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learn2mix.doctor.MachineProbe;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.engine.RunDevice;
import org.learn2mix.experiment.UsageException;
import picocli.CommandLine.Option;

/**
 * The {@code --device} option shared by every command that trains: {@code auto} (the engine's
 * default device), {@code cpu}, {@code gpu} (the first GPU) or {@code gpu:N}. Each command's help
 * text is in {@link SharedOptions#HELP}.
 */
final class DeviceChoice {
  /** The value that leaves the choice to the engine. */
  static final String AUTO = "auto";

  private static final Pattern GPU = Pattern.compile("gpu(?::(\\d{1,4}))?");

  @Option(
      names = "--device",
      paramLabel = "DEVICE",
      split = ",",
      hideParamSyntax = true,
      descriptionKey = "device")
  List<String> devices = new ArrayList<>();

  /** Uses {@code saved} when the option was not given (a resumed run keeps its device). */
  void defaultTo(String saved) {
    if (devices.isEmpty() && saved != null) {
      devices = List.of(saved);
    }
  }

  /** Uses {@code saved} whatever was given (a cell continued from its checkpoint keeps its own). */
  void keep(String saved) {
    devices = List.of(saved);
  }

  /**
   * The devices named, as given; empty for the engine's default. Only {@code sweep} takes several.
   */
  List<String> all() {
    return List.copyOf(devices);
  }

  /**
   * The one device named, or null for the engine's default.
   *
   * @throws UsageException if several are named: only {@code sweep} shares its jobs among devices
   */
  private String single() {
    if (devices.size() > 1) {
      throw new UsageException(
          "--device names one device here, was "
              + String.join(",", devices)
              + "; only sweep shares its jobs among several");
    }
    return devices.isEmpty() ? null : devices.get(0);
  }

  /**
   * The device to train on. Starts the engine (so set its threads first).
   *
   * @throws UsageException if the value is none of the forms above or names a GPU the engine does
   *     not have
   */
  Device resolve() {
    String device = single();
    Device wanted = parse(device == null ? AUTO : device);
    Engine engine = EngineStart.offline();
    if (wanted == null) {
      return engine.defaultDevice();
    }
    return checkAvailable(wanted, engine.getGpuCount(), MachineProbe.engineFlavour());
  }

  /**
   * Checks each of {@code values} as {@code --device} takes it; starts the engine only where one
   * names a GPU, to see whether the engine has it.
   *
   * @throws UsageException naming the first value that is none of the forms or names a GPU the
   *     engine does not have
   */
  void checkAll() {
    List<Device> gpus = new ArrayList<>();
    for (String value : devices) {
      Device wanted = parse(value);
      if (wanted != null && wanted.isGpu()) {
        gpus.add(wanted);
      }
    }
    if (!gpus.isEmpty()) {
      Engine engine = EngineStart.offline();
      for (Device gpu : gpus) {
        checkAvailable(gpu, engine.getGpuCount(), MachineProbe.engineFlavour());
      }
    }
  }

  /**
   * The device and the engine it runs on, as the results record them; asks the GPU's name where the
   * device is one.
   */
  static RunDevice describe(Device device) {
    return RunDevice.of(device, MachineProbe.engineFlavour());
  }

  /**
   * The device a value names.
   *
   * @return null for {@code auto}
   * @throws UsageException for anything else than auto, cpu, gpu or gpu:N
   */
  static Device parse(String value) {
    String text = value.trim();
    if (text.equals(AUTO)) {
      return null;
    }
    if (text.equals("cpu")) {
      return Device.cpu();
    }
    Matcher gpu = GPU.matcher(text);
    if (gpu.matches()) {
      return gpu.group(1) == null ? Device.gpu() : Device.gpu(Integer.parseInt(gpu.group(1)));
    }
    throw new UsageException("--device must be auto, cpu, gpu or gpu:N, was " + value);
  }

  /**
   * {@code wanted} if an engine with {@code gpuCount} GPUs has it.
   *
   * @param flavour the engine's libtorch flavour, for the message
   * @throws UsageException naming what the engine sees instead
   */
  static Device checkAvailable(Device wanted, int gpuCount, String flavour) {
    if (!wanted.isGpu() || wanted.getDeviceId() < gpuCount) {
      return wanted;
    }
    List<String> seen = new ArrayList<>(List.of("cpu"));
    for (int g = 0; g < gpuCount; g++) {
      seen.add(RunDevice.name(Device.gpu(g)));
    }
    throw new UsageException(
        RunDevice.name(wanted)
            + " is not available: the engine ("
            + flavour
            + " flavour) sees "
            + (gpuCount == 0 ? "cpu only" : String.join(", ", seen))
            + "; run learn2mix doctor");
  }
}
