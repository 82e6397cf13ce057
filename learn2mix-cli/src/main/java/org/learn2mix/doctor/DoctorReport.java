package org.learn2mix.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.learn2mix.data.locate.DataSetStatus;

/** The doctor's output: one labelled line per fact, then the notes and problems, then a verdict. */
public final class DoctorReport {
  private static final String FORMAT = "%-11s %s";

  private DoctorReport() {}

  /**
   * The report's lines.
   *
   * @param facts what was found out
   * @param findings what {@link ProblemDetector#examine} made of it
   * @return the lines, without line ends
   */
  public static List<String> lines(DoctorFacts facts, List<Finding> findings) {
    List<String> lines = new ArrayList<>();
    EngineFacts engine = facts.engine();
    if (engine == null) {
      lines.add(line("engine", "did not start"));
    } else {
      lines.add(
          line(
              "engine",
              engine.name()
                  + " "
                  + engine.version()
                  + ", flavour "
                  + engine.flavour()
                  + (engine.cudaBuild() ? " (CUDA build)" : " (CPU only)")));
      lines.add(line("libtorch", engine.libtorchFolder()));
      lines.add(line("JNI", "built for libtorch " + engine.expectedVersion()));
      lines.add(
          line(
              "devices",
              String.join(", ", engine.devices()) + "; default " + engine.defaultDevice()));
      lines.add(
          line(
              "threads",
              engine.intraOpThreads()
                  + " per operation (intra-op), "
                  + engine.interOpThreads()
                  + " across operations (inter-op)"));
    }
    lines.add(line("CUDA", facts.cuda().describe()));
    HostFacts host = facts.host();
    lines.add(
        line(
            "huge pages",
            HostFacts.HUGE_PAGES_VARIABLE
                + "="
                + (host.hugePagesVariable() == null ? "(unset)" : host.hugePagesVariable())
                + "; kernel: "
                + (host.hugePagesKernel() == null ? "no setting" : host.hugePagesKernel())));
    lines.add(
        line(
            "DJL cache",
            host.djlCache() + (host.djlCacheWritable() ? " (writable)" : " (NOT writable)")));
    lines.add(
        line(
            "Java",
            String.format(
                Locale.ROOT,
                "%s (%s), max heap %.1f GB, %d processors",
                host.javaVersion(),
                host.javaVendor(),
                host.maxHeapBytes() / 1e9,
                host.processors())));
    lines.add(line("data sets", "mean-estimation: built in (generated from the seed)"));
    for (DataSetStatus dataSet : facts.dataSets()) {
      lines.add(line("", dataSet.describe()));
    }
    long problems = findings.stream().filter(Finding::isProblem).count();
    for (Finding finding : findings) {
      lines.add((finding.isProblem() ? "problem: " : "note: ") + finding.message());
    }
    lines.add(
        problems == 0
            ? "no problems found"
            : problems + (problems == 1 ? " problem found" : " problems found"));
    return lines;
  }

  private static String line(String label, String value) {
    return String.format(Locale.ROOT, FORMAT, label, value).stripTrailing();
  }
}
