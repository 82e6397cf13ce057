package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.learn2mix.doctor.DoctorFacts;
import org.learn2mix.doctor.DoctorReport;
import org.learn2mix.doctor.Finding;
import org.learn2mix.doctor.MachineProbe;
import org.learn2mix.doctor.ProblemDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code learn2mix doctor}: the engine, the machine and the data sets, and what is wrong. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    resourceBundle = SharedOptions.HELP,
    description = {
      "Show the engine (flavour, where libtorch was loaded from, devices, threads), CUDA,"
          + " the huge-pages setting, DJL's cache folder, Java and its maximum heap, and the"
          + " data sets found; then one line for each problem it recognises.",
      "Exit code 0 when it finds no problem, 1 when it finds one or more (notes do not count)."
    })
final class DoctorCommand implements Callable<Integer> {
  @Mixin DataDir dataDir = new DataDir();

  private final PrintStream console;

  DoctorCommand(PrintStream console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    DoctorFacts facts = MachineProbe.probe(dataDir.value());
    List<Finding> findings = ProblemDetector.examine(facts);
    DoctorReport.lines(facts, findings).forEach(console::println);
    return findings.stream().anyMatch(Finding::isProblem) ? Main.EXIT_FAILURE : 0;
  }
}
