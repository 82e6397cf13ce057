package org.learn2mix.sweep;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs cells on this machine, {@code jobs} at a time, each in a worker JVM of its own with the same
 * engine thread count, printing one line per cell as it ends. Given devices, the jobs take them in
 * turn: job i trains on device i modulo their number, so that each device runs its share of the
 * jobs at once.
 */
public final class LocalSweep {
  private final CellWorker worker;
  private final int jobs;
  private final int threads;
  private final List<String> devices;
  private final PrintStream console;

  /**
   * A local run.
   *
   * @param worker runs one cell to an end
   * @param jobs cells at once, at least 1
   * @param threads engine threads per worker JVM, at least 1
   * @param console where the progress lines go
   */
  public LocalSweep(CellWorker worker, int jobs, int threads, PrintStream console) {
    this(worker, jobs, threads, List.of(), console);
  }

  /**
   * A local run whose jobs train on {@code devices} in turn.
   *
   * @param worker runs one cell to an end
   * @param jobs cells at once, at least 1
   * @param threads engine threads per worker JVM, at least 1
   * @param devices devices as {@code --device} takes them; empty for the engine's default device
   * @param console where the progress lines go
   */
  public LocalSweep(
      CellWorker worker, int jobs, int threads, List<String> devices, PrintStream console) {
    if (jobs < 1 || threads < 1) {
      throw new IllegalArgumentException("jobs and threads must be at least 1");
    }
    this.worker = worker;
    this.jobs = jobs;
    this.threads = threads;
    this.devices = List.copyOf(devices);
    this.console = console;
  }

  /**
   * The devices of the jobs: {@code jobs} entries taking {@code devices} in turn, or none for the
   * engine's default device.
   *
   * @param devices the devices, possibly empty
   * @param jobs the jobs, at least 1
   * @return device i modulo their number for job i, or an empty list
   */
  public static List<String> deviceSlots(List<String> devices, int jobs) {
    List<String> slots = new ArrayList<>();
    for (int job = 0; !devices.isEmpty() && job < jobs; job++) {
      slots.add(devices.get(job % devices.size()));
    }
    return slots;
  }

  /**
   * Runs {@code cells} and waits for all of them.
   *
   * @return each cell's outcome, in the given order
   * @throws UncheckedIOException if a worker JVM cannot be started
   * @throws IllegalStateException if interrupted; running workers are ended
   */
  public Map<Cell, CellWorker.Outcome> run(List<Cell> cells) {
    ExecutorService pool = Executors.newFixedThreadPool(jobs);
    // As many slots as jobs: a job takes one for its cell and gives it back when the cell ends.
    BlockingQueue<String> free = new LinkedBlockingQueue<>(deviceSlots(devices, jobs));
    AtomicInteger ended = new AtomicInteger();
    List<Future<CellWorker.Outcome>> futures = new ArrayList<>();
    try {
      for (Cell cell : cells) {
        futures.add(
            pool.submit(
                () -> {
                  long start = System.nanoTime();
                  String device = devices.isEmpty() ? null : free.take();
                  try {
                    CellWorker.Outcome outcome = worker.run(cell, threads, device);
                    report(cell, device, outcome, ended.incrementAndGet(), cells.size(), start);
                    return outcome;
                  } finally {
                    if (device != null) {
                      free.add(device);
                    }
                  }
                }));
      }
      Map<Cell, CellWorker.Outcome> outcomes = new LinkedHashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        outcomes.put(cells.get(i), futures.get(i).get());
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the sweep was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException("cannot start a worker JVM: " + io.getMessage(), io);
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private synchronized void report(
      Cell cell, String device, CellWorker.Outcome outcome, int ended, int total, long start) {
    String what =
        switch (outcome) {
          case DONE ->
              String.format(
                  Locale.ROOT,
                  "done (%.1f s%s)",
                  (System.nanoTime() - start) / 1e9,
                  device == null ? "" : " on " + device);
          case FAILED -> "failed " + worker.tries() + " times; given up";
          case CLAIMED_ELSEWHERE -> "being trained by another worker; left to it";
        };
    console.println("[" + ended + "/" + total + "] " + cell.id() + ": " + what);
  }
}
