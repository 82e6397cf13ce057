package org.learn2mix.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.learn2mix.data.locate.DataSetStatus;

/**
 * Decides, from the facts alone, what keeps learn2mix from working as it should (problems) and what
 * is worth knowing (notes). It reads nothing itself, so any situation can be put to it.
 */
public final class ProblemDetector {
  private static final Pattern RELEASE = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)");

  private ProblemDetector() {}

  /**
   * Every problem and note the facts show, problems first, each as one line.
   *
   * @param facts what was found out
   * @return the findings; no problem among them means all is well
   */
  public static List<Finding> examine(DoctorFacts facts) {
    List<Finding> problems = new ArrayList<>();
    List<Finding> notes = new ArrayList<>();
    if (!facts.host().djlCacheWritable()) {
      problems.add(
          Finding.problem(
              "DJL's cache folder "
                  + facts.host().djlCache()
                  + " is not writable, so libtorch cannot be unpacked or downloaded there:"
                  + " set DJL_CACHE_DIR to a writable folder"));
    }
    if (facts.engine() == null) {
      problems.add(Finding.problem(facts.engineFailure()));
    } else {
      cpuEngineBesideAGpu(facts.engine(), facts.cuda()).ifPresent(problems::add);
      libtorchOtherThanTheJni(facts.engine()).ifPresent(problems::add);
    }
    for (DataSetStatus dataSet : facts.dataSets()) {
      if (dataSet.found() && dataSet.problem() != null) {
        problems.add(
            Finding.problem(
                "data set "
                    + dataSet.id()
                    + " in "
                    + dataSet.folder()
                    + " is unusable: "
                    + dataSet.problem()));
      }
    }
    runtimeWithoutAGpu(facts.cuda()).ifPresent(notes::add);
    notes.addAll(hugePages(facts.host()));
    List<Finding> all = new ArrayList<>(problems);
    all.addAll(notes);
    return all;
  }

  private static Optional<Finding> cpuEngineBesideAGpu(EngineFacts engine, CudaSigns cuda) {
    if (engine.cudaBuild() || !cuda.gpuPresent()) {
      return Optional.empty();
    }
    String release = release(engine.expectedVersion());
    return Optional.of(
        Finding.problem(
            "a CUDA GPU is present ("
                + cuda.describe()
                + ") but the engine loaded is a CPU build (flavour "
                + engine.flavour()
                + "), so training runs on the CPU: for the GPU, load PyTorch "
                + release
                + "'s cu128 build (leave pytorch-native-cpu off the class path and start once"
                + " with network access, or name a libtorch "
                + release
                + " cu128 folder in PYTORCH_LIBRARY_PATH and set PYTORCH_FLAVOR=cu128);"
                + " ./learn2mix builds and starts so with LEARN2MIX_ENGINE=cuda"));
  }

  private static Optional<Finding> libtorchOtherThanTheJni(EngineFacts engine) {
    String loaded = release(engine.version());
    String expected = release(engine.expectedVersion());
    if (loaded.equals(expected)) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.problem(
            "libtorch "
                + engine.version()
                + " (from "
                + engine.libtorchFolder()
                + ") does not match the JNI, built for libtorch "
                + expected
                + ": load libtorch "
                + expected
                + " (unset PYTORCH_LIBRARY_PATH and PYTORCH_VERSION to use the one in"
                + " pytorch-native-cpu)"));
  }

  private static Optional<Finding> runtimeWithoutAGpu(CudaSigns cuda) {
    if (cuda.runtimeVersion() == null || cuda.gpuPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.note(
            "libcudart "
                + cuda.runtimeVersion()
                + " is installed but there is no NVIDIA driver or GPU: a CUDA engine could not"
                + " run here, the CPU engine is the right one"));
  }

  private static List<Finding> hugePages(HostFacts host) {
    List<Finding> notes = new ArrayList<>();
    String variable = host.hugePagesVariable();
    if (!"1".equals(variable)) {
      notes.add(
          Finding.note(
              HostFacts.HUGE_PAGES_VARIABLE
                  + (variable == null ? " is unset" : "=" + variable)
                  + ": libtorch keeps large tensors off transparent huge pages, which slows big"
                  + " batches (./learn2mix sets it to 1; a program of your own sets it before the"
                  + " JVM starts)"));
    }
    if ("never".equals(host.hugePagesMode())) {
      notes.add(
          Finding.note(
              "transparent huge pages are off in the kernel (never), so "
                  + HostFacts.HUGE_PAGES_VARIABLE
                  + " has no effect"));
    }
    return notes;
  }

  /** The major.minor.patch part of a version such as {@code 2.7.1-20250812}; else it whole. */
  static String release(String version) {
    Matcher m = RELEASE.matcher(version);
    return m.find() ? m.group(1) : version;
  }
}
