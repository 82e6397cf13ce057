package org.learn2mix.doctor;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.pytorch.jni.LibUtils;
import ai.djl.util.Utils;
import ai.djl.util.cuda.CudaUtils;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.locate.DataSetStatus;
import org.learn2mix.data.published.Catalogue;
import org.learn2mix.engine.EngineStart;

/**
 * Finds out the facts on this machine: the host first, then CUDA, then the engine (started offline,
 * as every command starts it), then the data sets (read and verified, nothing downloaded).
 */
public final class MachineProbe {
  /** Where Linux shows its transparent-huge-pages setting. */
  static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

  /** Present where the NVIDIA kernel driver is loaded. */
  static final Path NVIDIA_DRIVER = Path.of("/proc/driver/nvidia");

  /** The libtorch release learn2mix is built with, for when the JNI does not say. */
  static final String BUILT_WITH_LIBTORCH = "2.7.1";

  private MachineProbe() {}

  /**
   * Gathers every fact.
   *
   * @param dataDirOrNull a data folder the user named, or null to search
   * @return the facts
   */
  public static DoctorFacts probe(Path dataDirOrNull) {
    HostFacts host = host();
    CudaSigns cuda = cuda();
    EngineFacts engine = null;
    String failure = null;
    try {
      engine = engine(EngineStart.offline());
    } catch (EngineStart.EngineUnavailableException e) {
      failure = e.getMessage();
    }
    List<DataSetStatus> dataSets = DataLocator.standard().survey(Catalogue.ALL, dataDirOrNull);
    return new DoctorFacts(engine, failure, cuda, host, dataSets);
  }

  private static HostFacts host() {
    Path cache = Utils.getEngineCacheDir();
    return new HostFacts(
        Runtime.version().toString(),
        System.getProperty("java.vendor"),
        Runtime.getRuntime().maxMemory(),
        Runtime.getRuntime().availableProcessors(),
        System.getenv(HostFacts.HUGE_PAGES_VARIABLE),
        firstLine(HUGE_PAGES_SETTING),
        cache,
        CacheFolder.writable(cache));
  }

  private static CudaSigns cuda() {
    String runtime = null;
    int gpus = 0;
    try {
      gpus = CudaUtils.getGpuCount();
      int version = CudaUtils.getCudaVersion();
      runtime = version / 1000 + "." + version % 1000 / 10;
    } catch (RuntimeException | LinkageError e) {
      // no CUDA runtime library (or JNA cannot load it): no runtime to report
    }
    return new CudaSigns(runtime, gpus, Files.isDirectory(NVIDIA_DRIVER), onPath("nvidia-smi"));
  }

  /**
   * The flavour of the libtorch the started engine loaded, told by the folder it was loaded from or
   * by {@code PYTORCH_FLAVOR}.
   *
   * @return e.g. {@code cpu} or {@code cu128}; {@code unknown} when neither tells
   */
  public static String engineFlavour() {
    return LibtorchFolder.flavour(
        Path.of(LibUtils.getLibtorchPath()), System.getenv("PYTORCH_FLAVOR"));
  }

  private static EngineFacts engine(Engine engine) {
    String folder = LibUtils.getLibtorchPath();
    return new EngineFacts(
        engine.getEngineName(),
        engine.getVersion(),
        jniLibtorchRelease(),
        engineFlavour(),
        engine.hasCapability(StandardCapabilities.CUDA),
        folder,
        devices(engine),
        engine.defaultDevice().toString(),
        JniUtils.getNumThreads(),
        JniUtils.getNumInteropThreads());
  }

  private static List<String> devices(Engine engine) {
    List<String> devices = new ArrayList<>();
    for (Device device : engine.getDevices()) {
      devices.add(device.isGpu() ? device + " " + describeGpu(device) : device.toString());
    }
    return devices;
  }

  private static String describeGpu(Device gpu) {
    try {
      return String.format(
          Locale.ROOT,
          "(compute capability %s, %.0f GB)",
          CudaUtils.getComputeCapability(gpu.getDeviceId()),
          CudaUtils.getGpuMemory(gpu).getMax() / 1e9);
    } catch (RuntimeException e) {
      return "(not described: " + e.getMessage() + ")";
    }
  }

  /** The libtorch release the JNI library on the class path was built for, e.g. {@code 2.7.1}. */
  private static String jniLibtorchRelease() {
    try (InputStream in = LibUtils.class.getResourceAsStream("/jnilib/pytorch.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String jni = properties.getProperty("jni_version"); // e.g. 2.7.1-0.36.0
        if (jni != null) {
          return ProblemDetector.release(jni);
        }
      }
    } catch (IOException e) {
      // unreadable: fall back to the release learn2mix is built with
    }
    return BUILT_WITH_LIBTORCH;
  }

  private static String onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String folder : path.split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(folder, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  private static String firstLine(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.isEmpty() ? null : lines.get(0).trim();
    } catch (IOException | SecurityException e) {
      return null;
    }
  }
}
