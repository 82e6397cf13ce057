package org.learn2mix.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DoctorReportTest {
  @Test
  void aHealthyMachineGetsEveryFactAndNoProblemsFound() {
    DoctorFacts facts = Situations.healthy();
    List<String> lines = DoctorReport.lines(facts, ProblemDetector.examine(facts));
    assertEquals("engine      PyTorch 2.7.1, flavour cpu (CPU only)", lines.get(0));
    assertEquals(
        "libtorch    /home/u/.djl.ai/pytorch/2.7.1-20250812-cpu-linux-x86_64", lines.get(1));
    assertEquals("JNI         built for libtorch 2.7.1", lines.get(2));
    assertEquals("devices     cpu(); default cpu()", lines.get(3));
    assertEquals(
        "threads     2 per operation (intra-op), 2 across operations (inter-op)", lines.get(4));
    assertEquals(
        "CUDA        none (no libcudart, no /proc/driver/nvidia, no nvidia-smi on the PATH)",
        lines.get(5));
    assertEquals(
        "huge pages  THP_MEM_ALLOC_ENABLE=1; kernel: always [madvise] never", lines.get(6));
    assertEquals("DJL cache   /home/u/.djl.ai (writable)", lines.get(7));
    assertEquals("Java        17.0.15+6 (Debian), max heap 4.0 GB, 2 processors", lines.get(8));
    assertEquals("data sets   mean-estimation: built in (generated from the seed)", lines.get(9));
    assertEquals("no problems found", lines.get(lines.size() - 1));
  }

  @Test
  void eachProblemGetsALineAndTheLastLineCountsThem() {
    DoctorFacts facts =
        new DoctorFacts(
            Situations.cpuEngine(),
            null,
            Situations.gpuWithDriver(),
            Situations.host(false),
            List.of());
    List<String> lines = DoctorReport.lines(facts, ProblemDetector.examine(facts));
    assertEquals(
        2, lines.stream().filter(l -> l.startsWith("problem: ")).count(), String.join("\n", lines));
    assertTrue(lines.contains("DJL cache   /home/u/.djl.ai (NOT writable)"), lines.toString());
    assertEquals("2 problems found", lines.get(lines.size() - 1));
  }

  @Test
  void anEngineThatDidNotStartGetsOneLineInsteadOfItsFacts() {
    DoctorFacts facts =
        new DoctorFacts(null, "no engine", CudaSigns.none(), Situations.host(true), List.of());
    List<String> lines = DoctorReport.lines(facts, ProblemDetector.examine(facts));
    assertEquals("engine      did not start", lines.get(0));
    assertTrue(lines.get(1).startsWith("CUDA "), lines.get(1));
    assertEquals(
        List.of("problem: no engine", "1 problem found"),
        lines.subList(lines.size() - 2, lines.size()));
  }
}
