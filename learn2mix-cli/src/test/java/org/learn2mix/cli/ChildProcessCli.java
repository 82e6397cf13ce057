package org.learn2mix.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line in a fresh JVM, as a user runs it: for tests that kill or race processes. */
final class ChildProcessCli {
  private ChildProcessCli() {}

  /**
   * Starts {@code learn2mix args} in a JVM of its own, both output streams into {@code log}.
   *
   * @param args the command line's arguments
   * @param log where the process's output goes
   * @return the started process
   * @throws Exception if the process cannot be started
   */
  static Process start(List<String> args, Path log) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-Dai.djl.offline=true",
                Main.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
