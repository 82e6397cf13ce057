package org.learn2mix.report;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Where and with what a result was produced, for {@code summary.json}. */
public final class Provenance {
  private Provenance() {}

  /**
   * The facts known now.
   *
   * @param started when the experiment started
   * @param finished when it finished, or {@code null} while it runs
   */
  public static Map<String, Object> collect(Instant started, Instant finished) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("learn2mix_version", version());
    facts.put("git_commit", gitCommit());
    facts.put("java_version", System.getProperty("java.version"));
    facts.put("java_vendor", System.getProperty("java.vendor"));
    facts.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    facts.put("arch", System.getProperty("os.arch"));
    facts.put("available_processors", Runtime.getRuntime().availableProcessors());
    Engine engine = Engine.getInstance();
    facts.put("djl_version", Engine.getDjlVersion());
    facts.put("engine", engine.getEngineName() + " " + engine.getVersion());
    facts.put(
        "engine_threads", System.getProperty("ai.djl.pytorch.num_threads", "default (cores)"));
    facts.put("started", started.toString());
    facts.put("finished", finished == null ? null : finished.toString());
    facts.put("peak_rss_mb", peakRssMb());
    return facts;
  }

  /** The commit the code was built from ("+dirty" with uncommitted changes), or "unknown". */
  public static String gitCommit() {
    try (var in = Provenance.class.getResourceAsStream("/learn2mix-git.properties")) {
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

  /** Peak resident memory of this process so far (VmHWM) in MiB, or NaN where unknown. */
  public static double peakRssMb() {
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

  /** The learn2mix version from the jar manifest, or {@code development} when run from classes. */
  public static String version() {
    String version = Provenance.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }
}
