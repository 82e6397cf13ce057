package org.learn2mix.sweep;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Brings one cell to an end: starts its worker JVM until the cell is done, another worker turns out
 * to hold it, or it has failed as often as it may. Each failed try is recorded in the cell's folder
 * with the worker's last error line; the next try resumes from the cell's last checkpoint. The same
 * loop serves local jobs, shards and cluster tasks.
 */
public final class CellWorker {
  /** The exit code of a worker that found the cell claimed by another worker. */
  public static final int EXIT_CLAIMED = 3;

  /** Tries per cell unless told otherwise. */
  public static final int DEFAULT_TRIES = 2;

  /** How a cell ended for this worker. */
  public enum Outcome {
    /** The cell is done (now or before). */
    DONE,
    /** The cell failed as often as it may be tried. */
    FAILED,
    /** Another worker holds the cell right now. */
    CLAIMED_ELSEWHERE
  }

  private final SweepFolder folder;
  private final CellLauncher launcher;
  private final int tries;

  /**
   * A worker.
   *
   * @param folder the sweep's folder
   * @param launcher starts the worker JVMs
   * @param tries how many failed tries end a cell, at least 1
   */
  public CellWorker(SweepFolder folder, CellLauncher launcher, int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, was " + tries);
    }
    this.folder = folder;
    this.launcher = launcher;
    this.tries = tries;
  }

  /**
   * Runs {@code cell} to an end.
   *
   * @param threads the engine threads of its worker JVM
   * @return how it ended
   * @throws IOException if a worker JVM cannot be started
   * @throws InterruptedException if interrupted while a worker runs; the worker is ended
   */
  public Outcome run(Cell cell, int threads) throws IOException, InterruptedException {
    return run(cell, threads, null);
  }

  /**
   * Runs {@code cell} to an end on {@code device}.
   *
   * @param threads the engine threads of its worker JVM
   * @param device the device its worker JVM trains on, as {@code --device} takes it; null for the
   *     engine's default device. A cell continued from its checkpoint keeps the device it started
   *     on.
   * @return how it ended
   * @throws IOException if a worker JVM cannot be started
   * @throws InterruptedException if interrupted while a worker runs; the worker is ended
   */
  public Outcome run(Cell cell, int threads, String device)
      throws IOException, InterruptedException {
    while (true) {
      switch (folder.state(cell, tries)) {
        case DONE:
          return Outcome.DONE;
        case FAILED:
          return Outcome.FAILED;
        default:
          break;
      }
      Path log = CellLauncher.logOf(folder, cell);
      long logStart = Files.exists(log) ? Files.size(log) : 0;
      int code = launcher.run(folder, cell, threads, device);
      if (code == EXIT_CLAIMED) {
        return Outcome.CLAIMED_ELSEWHERE;
      }
      if (code == 0 && folder.done(cell)) {
        return Outcome.DONE;
      }
      folder.recordFailure(cell, reason(code, log, logStart));
    }
  }

  /** How many failed tries end a cell. */
  public int tries() {
    return tries;
  }

  /** The worker's last error line since {@code from}, or how it ended. */
  static String reason(int code, Path log, long from) {
    String ending =
        code > 128
            ? "worker killed by signal " + (code - 128)
            : code == 0 ? "worker ended without finishing the cell" : "worker exit code " + code;
    String error = null;
    for (String line : tail(log, from)) {
      if (line.startsWith("learn2mix: ") && !line.contains("--verbose")) {
        error = line.substring("learn2mix: ".length());
      }
    }
    return error == null ? ending : error + " (" + ending + ")";
  }

  private static List<String> tail(Path log, long from) {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long length = file.length();
      long start = Math.max(from, length - 64 * 1024);
      byte[] bytes = new byte[(int) (length - start)];
      file.seek(start);
      file.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
