package org.learn2mix.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.locate.DataSetStatus;
import org.learn2mix.data.locate.DataSetStatus.Origin;

/** The doctor's decisions, fed with made-up facts. */
class ProblemDetectorTest {
  private static List<Finding> problems(DoctorFacts facts) {
    return ProblemDetector.examine(facts).stream().filter(Finding::isProblem).toList();
  }

  private static List<Finding> notes(DoctorFacts facts) {
    return ProblemDetector.examine(facts).stream().filter(f -> !f.isProblem()).toList();
  }

  @Test
  void aHealthyCpuMachineHasNoProblemAndNoNote() {
    assertEquals(List.of(), ProblemDetector.examine(Situations.healthy()));
  }

  @Test
  void aCudaGpuBesideACpuEngineIsAProblemThatSaysHowToLoadTheCudaBuild() {
    List<Finding> problems =
        problems(Situations.with(Situations.cpuEngine(), Situations.gpuWithDriver()));
    assertEquals(1, problems.size(), problems.toString());
    String message = problems.get(0).message();
    assertTrue(message.contains("a CUDA GPU is present"), message);
    assertTrue(message.contains("libcudart 12.8 counting 1 GPU(s)"), message);
    assertTrue(message.contains("CPU build (flavour cpu)"), message);
    assertTrue(message.contains("PYTORCH_FLAVOR=cu128"), message);
    assertTrue(message.contains("libtorch 2.7.1 cu128"), message);
    assertTrue(message.endsWith("./learn2mix builds and starts so with LEARN2MIX_ENGINE=cuda"));
  }

  @Test
  void eachSignOfAGpuAloneIsEnoughForTheCpuEngineProblem() {
    for (CudaSigns signs :
        List.of(
            new CudaSigns("12.8", 2, false, null),
            new CudaSigns(null, 0, true, null),
            new CudaSigns(null, 0, false, "/usr/bin/nvidia-smi"))) {
      assertEquals(
          1, problems(Situations.with(Situations.cpuEngine(), signs)).size(), signs.toString());
    }
  }

  @Test
  void aCudaEngineOnTheGpuIsFine() {
    assertEquals(
        List.of(), problems(Situations.with(Situations.cudaEngine(), Situations.gpuWithDriver())));
  }

  @Test
  void aCudaRuntimeWithoutDriverOrGpuIsANoteNotAProblem() {
    DoctorFacts facts =
        Situations.with(Situations.cpuEngine(), new CudaSigns("13.0", 0, false, null));
    assertEquals(List.of(), problems(facts));
    List<Finding> notes = notes(facts);
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).message().startsWith("libcudart 13.0 is installed but"));
  }

  @Test
  void aLibtorchOtherThanTheJnisIsAProblemNamingBothVersions() {
    List<Finding> problems =
        problems(Situations.with(Situations.engineLoading("2.5.1"), CudaSigns.none()));
    assertEquals(1, problems.size(), problems.toString());
    String message = problems.get(0).message();
    assertTrue(message.startsWith("libtorch 2.5.1 (from /opt/libtorch/lib)"), message);
    assertTrue(message.contains("built for libtorch 2.7.1"), message);
  }

  @Test
  void aBuildSuffixOnTheSameReleaseIsNoMismatch() {
    assertEquals(
        List.of(),
        problems(Situations.with(Situations.engineLoading("2.7.1-20250812"), CudaSigns.none())));
  }

  @Test
  void anUnwritableCacheIsAProblemNamingTheFolderAndTheVariable() {
    DoctorFacts facts =
        new DoctorFacts(
            Situations.cpuEngine(), null, CudaSigns.none(), Situations.host(false), List.of());
    List<Finding> problems = problems(facts);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("/home/u/.djl.ai is not writable"));
    assertTrue(problems.get(0).message().contains("DJL_CACHE_DIR"));
  }

  @Test
  void anEngineThatDidNotStartIsAProblemWithItsReason() {
    DoctorFacts facts =
        new DoctorFacts(
            null,
            "the engine did not start: boom",
            CudaSigns.none(),
            Situations.host(true),
            List.of());
    assertEquals(List.of(Finding.problem("the engine did not start: boom")), problems(facts));
  }

  @Test
  void aDataSetFoundButUnusableIsAProblemAndOneNotFoundIsNot() {
    DataSetStatus damaged =
        new DataSetStatus(
            "mnist", Origin.DATA_DIR, Path.of("/d/mnist"), List.of(), "bad magic number", null);
    DataSetStatus missing = DataSetStatus.problem("cifar10", "not found; downloaded on first use");
    List<Finding> problems = problems(Situations.withDataSets(List.of(damaged, missing)));
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(
        "data set mnist in /d/mnist is unusable: bad magic number", problems.get(0).message());
  }

  @Test
  void hugePagesUnsetOrOffInTheKernelAreNotesOnly() {
    DoctorFacts unset =
        new DoctorFacts(
            Situations.cpuEngine(),
            null,
            CudaSigns.none(),
            Situations.hostWithHugePages(null, "always madvise [never]"),
            List.of());
    List<Finding> findings = ProblemDetector.examine(unset);
    assertEquals(2, findings.size(), findings.toString());
    assertFalse(findings.stream().anyMatch(Finding::isProblem));
    assertTrue(findings.get(0).message().startsWith("THP_MEM_ALLOC_ENABLE is unset"));
    assertTrue(findings.get(1).message().contains("off in the kernel (never)"));
  }

  @Test
  void problemsComeBeforeNotes() {
    DoctorFacts facts =
        new DoctorFacts(
            Situations.cpuEngine(),
            null,
            Situations.gpuWithDriver(),
            Situations.hostWithHugePages("0", null),
            List.of());
    List<Finding> findings = ProblemDetector.examine(facts);
    assertEquals(List.of(true, false), findings.stream().map(Finding::isProblem).toList());
  }

  @Test
  void factsRejectAnEngineTogetherWithAFailureAndNeither() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new DoctorFacts(
                Situations.cpuEngine(),
                "failed",
                CudaSigns.none(),
                Situations.host(true),
                List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new DoctorFacts(null, null, CudaSigns.none(), Situations.host(true), List.of()));
  }
}
