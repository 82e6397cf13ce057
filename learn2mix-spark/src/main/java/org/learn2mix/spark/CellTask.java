package org.learn2mix.spark;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.learn2mix.sweep.Cell;
import org.learn2mix.sweep.CellLauncher;
import org.learn2mix.sweep.CellWorker;
import org.learn2mix.sweep.SweepFolder;
import org.learn2mix.sweep.SweepPlan;
import org.learn2mix.sweep.SweepPlanFile;

/**
 * One Spark task: trains one cell of the sweep in a worker JVM of its own on the executor, with the
 * same claim, checkpoint resume and bounded tries as a local sweep. A task that finds the cell held
 * by another worker (a zombie of a lost executor, a speculative copy) waits for it to end, so that
 * every task returns with its cell ended. A retried task (a lost executor) resumes the cell from
 * its last checkpoint. The cell trains on the GPU Spark assigned the task, if any ({@link
 * TaskDevice}).
 */
final class CellTask implements Function<String, String> {
  private static final long serialVersionUID = 1L;
  private static final long WAIT_MILLIS = 5_000;

  private final String dir;
  private final int threads;
  private final String classPath;
  private final List<String> jvmOptions;
  private final int tries;

  /**
   * A task factory for the sweep in {@code dir}, a path every executor sees.
   *
   * @param threads engine threads per worker JVM
   * @param classPath the class path of the learn2mix command line on the executors
   * @param jvmOptions options of each worker JVM
   * @param tries failed tries that end a cell
   */
  CellTask(String dir, int threads, String classPath, List<String> jvmOptions, int tries) {
    this.dir = dir;
    this.threads = threads;
    this.classPath = classPath;
    this.jvmOptions = List.copyOf(jvmOptions);
    this.tries = tries;
  }

  /** Trains the cell called {@code id}; returns "id outcome". */
  @Override
  public String call(String id) throws Exception {
    SweepFolder folder = new SweepFolder(Path.of(dir));
    SweepPlan plan = SweepPlanFile.read(folder.dir());
    Cell cell =
        plan.cell(id).orElseThrow(() -> new IllegalArgumentException("no cell called " + id));
    CellLauncher launcher =
        new CellLauncher(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            classPath,
            jvmOptions);
    CellWorker worker = new CellWorker(folder, launcher, tries);
    while (true) {
      CellWorker.Outcome outcome = worker.run(cell, threads, TaskDevice.ofThisTask());
      if (outcome != CellWorker.Outcome.CLAIMED_ELSEWHERE) {
        return id + " " + outcome.name().toLowerCase(java.util.Locale.ROOT);
      }
      Thread.sleep(WAIT_MILLIS);
    }
  }
}
