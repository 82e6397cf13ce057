package org.learn2mix.sweep;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the JVM that trains one cell: the same {@code java} and class path as this process (or
 * those given), the command line's hidden {@code sweep-cell} command, its output appended to the
 * cell's {@value SweepFolder#WORKER_LOG}. A worker JVM of its own per cell keeps libtorch's random
 * state and thread pools apart, so a cell's numbers do not depend on what else runs. Workers still
 * running when this process ends are ended with it.
 */
public final class CellLauncher {
  /** The command line's entry point, by name: this package does not depend on it. */
  public static final String MAIN = "org.learn2mix.cli.Main";

  /** The hidden command that trains one cell. */
  public static final String COMMAND = "sweep-cell";

  private final String java;
  private final String classPath;
  private final List<String> jvmOptions;

  /** Workers of every launcher in this JVM, ended with it. */
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
  }

  /**
   * A launcher.
   *
   * @param java the {@code java} executable
   * @param classPath the class path holding the command line and its dependencies
   * @param jvmOptions options for each worker JVM, before the main class
   */
  public CellLauncher(String java, String classPath, List<String> jvmOptions) {
    this.java = java;
    this.classPath = classPath;
    this.jvmOptions = List.copyOf(jvmOptions);
  }

  /** A launcher of this process's {@code java} and class path, with its heap and DJL settings. */
  public static CellLauncher ofThisJvm() {
    return new CellLauncher(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        System.getProperty("java.class.path"),
        inheritedOptions());
  }

  /** The class path of this process plus {@code extra} in front (where it is not already on it). */
  public static String classPathWith(String extra) {
    String own = System.getProperty("java.class.path", "");
    for (String entry : own.split(File.pathSeparator)) {
      if (entry.equals(extra)) {
        return own;
      }
    }
    return own.isEmpty() ? extra : extra + File.pathSeparator + own;
  }

  /** Heap sizes and DJL/engine properties of this JVM, for its workers; the rest stays here. */
  public static List<String> inheritedOptions() {
    List<String> options = new ArrayList<>();
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-Xmx") || arg.startsWith("-Xms")) {
        options.add(arg);
      }
    }
    options.addAll(engineOptions());
    return options;
  }

  /**
   * What the {@code learn2mix} launcher gives its JVM, and this JVM's DJL properties: for workers
   * of a host process (a Spark executor) whose heap size says nothing about theirs.
   */
  public static List<String> engineOptions() {
    List<String> options = new ArrayList<>();
    for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (arg.startsWith("-Dai.djl.")) {
        options.add(arg);
      }
    }
    if (options.stream().noneMatch(o -> o.startsWith("-Dai.djl.offline"))) {
      options.add("-Dai.djl.offline=true");
    }
    options.add("-Djava.awt.headless=true");
    options.add("-XX:+UseParallelGC");
    return options;
  }

  /**
   * Trains {@code cell} of the sweep in {@code folder} in a worker JVM and waits for it.
   *
   * @param threads the engine threads of the worker
   * @param device the device it trains on, as {@code --device} takes it; null for the engine's
   *     default device
   * @return the worker's exit code
   * @throws IOException if the worker cannot be started
   * @throws InterruptedException if this thread is interrupted while waiting; the worker is ended
   */
  public int run(SweepFolder folder, Cell cell, int threads, String device)
      throws IOException, InterruptedException {
    Path log = logOf(folder, cell);
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classPath);
    command.add(MAIN);
    command.add(COMMAND);
    command.add(folder.dir().toAbsolutePath().normalize().toString());
    command.add(cell.id());
    command.add("--threads");
    command.add(String.valueOf(threads));
    if (device != null) {
      command.add("--device");
      command.add(device);
    }
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    RUNNING.add(process);
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      throw e;
    } finally {
      RUNNING.remove(process);
    }
  }

  /** The log of {@code cell}'s workers. */
  public static Path logOf(SweepFolder folder, Cell cell) {
    return folder.cellDir(cell).resolve(SweepFolder.WORKER_LOG);
  }
}
