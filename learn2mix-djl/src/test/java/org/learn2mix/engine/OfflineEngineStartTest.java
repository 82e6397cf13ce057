package org.learn2mix.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine must start from the jar alone: a fresh, empty DJL cache folder, offline, and every
 * HTTP(S) connection sent to a closed local port, so a download attempt would fail the start.
 */
@Tag("engine")
class OfflineEngineStartTest {
  @Test
  void startsFromTheJarWithAnEmptyCacheAndNoNetwork(@TempDir Path temp) throws Exception {
    Path cache = Files.createDirectories(temp.resolve("djl-cache"));
    Path home = Files.createDirectories(temp.resolve("home"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dai.djl.offline=true",
                "-Duser.home=" + home,
                "-Djna.tmpdir=" + temp,
                "-Dhttp.proxyHost=127.0.0.1",
                "-Dhttp.proxyPort=9",
                "-Dhttps.proxyHost=127.0.0.1",
                "-Dhttps.proxyPort=9",
                EngineProbe.class.getName())
            .redirectErrorStream(true);
    builder.environment().put("DJL_CACHE_DIR", cache.toString());
    builder.environment().remove("PYTORCH_LIBRARY_PATH");
    builder.environment().remove("PYTORCH_VERSION");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "engine start timed out");

    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("engine=PyTorch 2.7.1 sum=3.0"), output);
    assertTrue(
        containsLibtorch(cache), "libtorch was not unpacked into the fresh cache: " + output);
  }

  private static boolean containsLibtorch(Path cache) throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      return names.stream().anyMatch(n -> n.startsWith("libtorch"));
    }
  }
}
