package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code learn2mix doctor} on this machine, and in a JVM whose DJL cache cannot be written. */
@Tag("engine")
class DoctorCommandTest {
  @TempDir Path temp;

  @Test
  void reportsTheEngineItLoadedAndExitsNonZeroExactlyWhenItNamesAProblem() throws Exception {
    Path shared = Path.of(System.getProperty("shared.datasets", "../shared/datasets"));
    CliRun run =
        Files.isDirectory(shared)
            ? CliRun.of("doctor", "--data-dir", shared.toString())
            : CliRun.of("doctor");
    List<String> lines = run.out().lines().toList();

    assertTrue(lines.get(0).matches("engine +PyTorch 2\\.7\\.1\\S*, flavour \\S+ .*"), run.out());
    String libtorch = lines.get(1).replaceFirst("^libtorch +", "");
    assertTrue(Files.isRegularFile(Path.of(libtorch, "libtorch.so")), run.out());
    assertTrue(lines.contains("JNI         built for libtorch 2.7.1"), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("devices +.*cpu\\(\\).*")), run.out());
    assertTrue(lines.stream().anyMatch(l -> l.matches("threads +[1-9]\\d* per operation.*")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("huge pages  THP_MEM_ALLOC_ENABLE=")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("DJL cache   ")), run.out());
    assertTrue(
        lines.stream()
            .anyMatch(l -> l.startsWith("Java        " + Runtime.version().feature() + ".")),
        run.out());
    if (Files.isDirectory(shared.resolve("wine-quality"))) {
      assertTrue(
          lines.stream().anyMatch(l -> l.matches(" +wine-quality: .*, 2 file\\(s\\) verified")),
          run.out());
    }
    long problems = lines.stream().filter(l -> l.startsWith("problem: ")).count();
    assertEquals(problems == 0 ? 0 : Main.EXIT_FAILURE, run.exitCode(), run.out() + run.err());
    assertEquals(
        problems == 0 ? "no problems found" : problems + " problem",
        lines.get(lines.size() - 1).replaceFirst("(\\d+ problem).*", "$1"));
  }

  @Test
  void anUnwritableCacheIsNamedAsAProblemAndTheExitCodeIsOne() throws Exception {
    Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
    Path cache = file.resolve("djl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dai.djl.offline=true",
                "-Djna.tmpdir=" + temp,
                Main.class.getName(),
                "doctor",
                "--data-dir",
                temp.toString())
            .redirectErrorStream(true);
    builder.environment().put("DJL_CACHE_DIR", cache.toString());
    builder.environment().remove("ENGINE_CACHE_DIR");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "doctor timed out");

    assertEquals(1, process.exitValue(), output);
    assertTrue(output.contains("DJL cache   " + cache + " (NOT writable)"), output);
    assertTrue(
        output.contains("problem: DJL's cache folder " + cache + " is not writable"), output);
    assertTrue(output.contains("engine      did not start"), output);
    assertTrue(output.lines().anyMatch(l -> l.matches("\\d+ problems found")), output);
  }
}
