package org.learn2mix.results;

import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.learn2mix.engine.RunDevice;

/**
 * Where and with what a result was produced. Jackson writes it with the snake_case names of {@code
 * summary.json}.
 *
 * @param learn2mixVersion the learn2mix version, {@code development} when run from classes
 * @param gitCommit the commit the code was built from ("+dirty" with uncommitted changes), or
 *     {@code unknown}
 * @param javaVersion the Java runtime's version
 * @param javaVendor the Java runtime's vendor
 * @param os operating system name and version
 * @param arch processor architecture
 * @param availableProcessors processors the JVM may use
 * @param djlVersion the Deep Java Library's version
 * @param engine the engine's name and version, e.g. {@code PyTorch 2.7.1}
 * @param engineThreads the engine's thread count as set, or {@code default (cores)}
 * @param device the device the runs trained on, {@code cpu} or {@code gpu:N}
 * @param engineFlavour the libtorch build the engine loaded, e.g. {@code cpu} or {@code cu128}, or
 *     {@code unknown}
 * @param cudaVersion the CUDA runtime's version on a GPU, else {@code null} (left out of the file)
 * @param gpuName the GPU's name on a GPU, else {@code null} (left out of the file)
 * @param started when the experiment started
 * @param finished when it finished, or {@code null} while it runs
 * @param peakRssMb peak resident memory of the process so far in MiB, NaN where unknown
 * @param dataFiles the files the data was read from, or {@code null} where not recorded
 */
@JsonPropertyOrder({
  "learn2mix_version",
  "git_commit",
  "java_version",
  "java_vendor",
  "os",
  "arch",
  "available_processors",
  "djl_version",
  "engine",
  "engine_threads",
  "device",
  "engine_flavour",
  "cuda_version",
  "gpu_name",
  "started",
  "finished",
  "peak_rss_mb",
  "data_files"
})
public record Provenance(
    @JsonProperty("learn2mix_version") String learn2mixVersion,
    @JsonProperty("git_commit") String gitCommit,
    @JsonProperty("java_version") String javaVersion,
    @JsonProperty("java_vendor") String javaVendor,
    @JsonProperty("os") String os,
    @JsonProperty("arch") String arch,
    @JsonProperty("available_processors") int availableProcessors,
    @JsonProperty("djl_version") String djlVersion,
    @JsonProperty("engine") String engine,
    @JsonProperty("engine_threads") String engineThreads,
    @JsonProperty("device") String device,
    @JsonProperty("engine_flavour") String engineFlavour,
    @JsonProperty("cuda_version") @JsonInclude(JsonInclude.Include.NON_NULL) String cudaVersion,
    @JsonProperty("gpu_name") @JsonInclude(JsonInclude.Include.NON_NULL) String gpuName,
    @JsonProperty("started") @JsonSerialize(using = ToStringSerializer.class) Instant started,
    @JsonProperty("finished") @JsonSerialize(using = ToStringSerializer.class) Instant finished,
    @JsonProperty("peak_rss_mb") double peakRssMb,
    @JsonProperty("data_files") @JsonInclude(JsonInclude.Include.NON_NULL)
        List<DataFile> dataFiles) {

  /** The engine's thread count when none was set. */
  public static final String DEFAULT_THREADS = "default (cores)";

  /**
   * Checks that the start is known and copies the files.
   *
   * @param learn2mixVersion the learn2mix version
   * @param gitCommit the commit the code was built from, or {@code unknown}
   * @param javaVersion the Java runtime's version
   * @param javaVendor the Java runtime's vendor
   * @param os operating system name and version
   * @param arch processor architecture
   * @param availableProcessors processors the JVM may use
   * @param djlVersion the Deep Java Library's version
   * @param engine the engine's name and version
   * @param engineThreads the engine's thread count as set, or {@link #DEFAULT_THREADS}
   * @param device the device the runs trained on, {@code cpu} or {@code gpu:N}; not null
   * @param engineFlavour the libtorch flavour, or {@code unknown}; not null
   * @param cudaVersion the CUDA runtime's version on a GPU, else null
   * @param gpuName the GPU's name on a GPU, else null
   * @param started when the experiment started; not null
   * @param finished when it finished, or {@code null} while it runs
   * @param peakRssMb peak resident memory in MiB, NaN where unknown
   * @param dataFiles the files the data was read from, or {@code null}; copied
   * @throws IllegalArgumentException if {@code started}, {@code device} or {@code engineFlavour} is
   *     null
   */
  public Provenance {
    if (started == null) {
      throw new IllegalArgumentException("the start time is required");
    }
    if (device == null || engineFlavour == null) {
      throw new IllegalArgumentException("the device and the engine flavour are required");
    }
    dataFiles = dataFiles == null ? null : List.copyOf(dataFiles);
  }

  /**
   * A data file a result was computed from.
   *
   * @param path its absolute path
   * @param sha256 its SHA-256 in lower-case hex, 64 characters
   * @param verifiedBy how its content was checked, e.g. {@code content_sha256}
   */
  @JsonPropertyOrder({"path", "sha256", "verified_by"})
  public record DataFile(
      @JsonProperty("path") String path,
      @JsonProperty("sha256") String sha256,
      @JsonProperty("verified_by") String verifiedBy) {}

  /**
   * The facts known now, without data files, for runs on the engine's default device (flavour
   * {@code cpu} for an engine without CUDA, else {@code unknown}). Starts DJL's engine if it is not
   * started yet.
   *
   * @param started when the experiment started; not null
   * @param finished when it finished, or {@code null} while it runs
   * @return the provenance, with the peak memory measured now and no data files
   * @throws IllegalArgumentException if {@code started} is null
   */
  public static Provenance collect(Instant started, Instant finished) {
    return collect(started, finished, null);
  }

  /**
   * The facts known now, for runs on the engine's default device (flavour {@code cpu} for an engine
   * without CUDA, else {@code unknown}). Starts DJL's engine if it is not started yet.
   *
   * @param started when the experiment started; not null
   * @param finished when it finished, or {@code null} while it runs
   * @param dataFiles the files the data was read from ({@code null} to leave them unrecorded);
   *     copied
   * @return the provenance, with the peak memory measured now
   * @throws IllegalArgumentException if {@code started} is null
   */
  public static Provenance collect(Instant started, Instant finished, List<DataFile> dataFiles) {
    Engine engine = Engine.getInstance();
    String flavour = engine.hasCapability(StandardCapabilities.CUDA) ? "unknown" : "cpu";
    return collect(started, finished, dataFiles, RunDevice.of(engine.defaultDevice(), flavour));
  }

  /**
   * The facts known now. Starts DJL's engine if it is not started yet.
   *
   * @param started when the experiment started; not null
   * @param finished when it finished, or {@code null} while it runs
   * @param dataFiles the files the data was read from ({@code null} to leave them unrecorded);
   *     copied
   * @param device the device the runs trained on, with the engine's flavour
   * @return the provenance, with the peak memory measured now
   * @throws IllegalArgumentException if {@code started} is null
   */
  public static Provenance collect(
      Instant started, Instant finished, List<DataFile> dataFiles, RunDevice device) {
    Engine engine = Engine.getInstance();
    return new Provenance(
        version(),
        buildCommit(),
        System.getProperty("java.version"),
        System.getProperty("java.vendor"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors(),
        Engine.getDjlVersion(),
        engine.getEngineName() + " " + engine.getVersion(),
        System.getProperty("ai.djl.pytorch.num_threads", DEFAULT_THREADS),
        device.device(),
        device.engineFlavour(),
        device.cudaVersion(),
        device.gpuName(),
        started,
        finished,
        peakRssMbNow(),
        dataFiles);
  }

  /**
   * The commit the code was built from, as the build recorded it in the resource {@code
   * learn2mix-git.properties}.
   *
   * @return the commit id, with "+dirty" appended if the build had uncommitted changes, or {@code
   *     unknown} if the resource is missing or unreadable
   */
  public static String buildCommit() {
    try (InputStream in = Provenance.class.getResourceAsStream("/learn2mix-git.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties git = new Properties();
      git.load(in);
      String commit = git.getProperty("git.commit.id", "unknown");
      return "true".equals(git.getProperty("git.dirty")) ? commit + "+dirty" : commit;
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Peak resident memory of this process so far, read from {@code /proc/self/status} (VmHWM).
   *
   * @return the peak in MiB (KiB / 1024); NaN where unknown, e.g. on systems without {@code /proc}
   */
  public static double peakRssMbNow() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring("VmHWM:".length()).trim().split("\\s+")[0];
          return Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  /**
   * The learn2mix version, from the jar manifest's Implementation-Version.
   *
   * @return e.g. {@code 0.1.0-SNAPSHOT}, or {@code development} when run from classes without a
   *     manifest
   */
  public static String version() {
    String version = Provenance.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
