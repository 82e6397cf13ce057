package org.learn2mix.spark;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.learn2mix.cli.Main;
import org.learn2mix.sweep.Cell;
import org.learn2mix.sweep.CellLauncher;
import org.learn2mix.sweep.CellWorker;
import org.learn2mix.sweep.SweepPlan;
import org.learn2mix.sweep.SweepPlanFile;

/**
 * The Spark driver of a sweep: {@code spark-submit --class org.learn2mix.spark.SparkSweep
 * learn2mix-spark.jar [sweep options]} takes the options of {@code learn2mix sweep} (a shared
 * {@code --out} folder is required), writes the plan with {@code learn2mix sweep --plan-only}, runs
 * every cell as one Spark task ({@link CellTask}) and writes the report with {@code learn2mix sweep
 * --assemble}. Its own options: {@code --classpath CP}, the learn2mix command line's class path on
 * the executors (default: where this driver found it), and {@code --worker-java-options "..."},
 * options for each cell's JVM such as its heap. The engine threads per cell are {@code --threads},
 * else {@code spark.task.cpus}.
 */
public final class SparkSweep {
  private SparkSweep() {}

  /** Runs the sweep on the cluster spark-submit names, and exits with the sweep's code. */
  public static void main(String[] args) {
    int code;
    try (JavaSparkContext spark =
        new JavaSparkContext(new SparkConf().setAppName("learn2mix sweep"))) {
      code = run(spark, args, System.out, System.err);
    }
    System.exit(code);
  }

  /**
   * Runs the sweep on {@code spark}.
   *
   * @param args the options of {@code learn2mix sweep}, plus {@code --classpath} and {@code
   *     --worker-java-options}
   * @param out where progress and results go
   * @param err where errors go
   * @return the exit code: 0 all cells done, 1 some failed, 2 bad input
   */
  public static int run(JavaSparkContext spark, String[] args, PrintStream out, PrintStream err) {
    List<String> sweep = new ArrayList<>();
    String classPath = null;
    List<String> jvmOptions = new ArrayList<>(CellLauncher.engineOptions());
    String dir = null;
    Integer threads = null;
    int tries = CellWorker.DEFAULT_TRIES;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (arg) {
        case "--classpath" -> {
          classPath = value;
          i++;
          continue;
        }
        case "--worker-java-options" -> {
          if (value != null && !value.isBlank()) {
            jvmOptions.addAll(List.of(value.trim().split("\\s+")));
          }
          i++;
          continue;
        }
        case "--jobs", "--shard", "--assemble", "--plan-only" -> {
          err.println(
              "learn2mix: "
                  + arg
                  + " is for local sweeps; on Spark every cell is a task and the driver assembles");
          return Main.EXIT_USAGE;
        }
        case "--out" -> dir = value;
        case "--threads" -> threads = parse(value);
        case "--tries" -> tries = parse(value) == null ? tries : parse(value);
        default -> {
          // passed on to learn2mix sweep as given
        }
      }
      sweep.add(arg);
    }
    if (dir == null) {
      err.println("learn2mix: a Spark sweep needs --out DIR, a folder every executor can write");
      return Main.EXIT_USAGE;
    }
    dir = Path.of(dir).toAbsolutePath().normalize().toString();
    List<String> plan = new ArrayList<>(List.of("sweep"));
    plan.addAll(sweep);
    plan.add("--plan-only");
    int code = Main.run(plan.toArray(String[]::new), out, err, false);
    if (code != 0) {
      return code;
    }
    SweepPlan planned = SweepPlanFile.read(Path.of(dir));
    List<String> cells = planned.cells().stream().map(Cell::id).toList();
    int cellThreads = threads != null ? threads : spark.getConf().getInt("spark.task.cpus", 1);
    CellTask task =
        new CellTask(
            dir,
            cellThreads,
            classPath != null ? classPath : CellLauncher.classPathWith(ownLocation()),
            jvmOptions,
            tries);
    out.println(
        "spark: "
            + cells.size()
            + " cells as tasks on "
            + spark.master()
            + ", "
            + cellThreads
            + " engine thread"
            + (cellThreads == 1 ? "" : "s")
            + " each");
    Map<String, Integer> counts = new TreeMap<>();
    for (String ended : spark.parallelize(cells, cells.size()).map(task).collect()) {
      counts.merge(ended.substring(ended.indexOf(' ') + 1), 1, Integer::sum);
    }
    out.println("spark: cells " + counts);
    return Main.run(
        new String[] {"sweep", "--assemble", dir, "--tries", String.valueOf(tries)},
        out,
        err,
        false);
  }

  private static Integer parse(String value) {
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null; // learn2mix sweep reports it
    }
  }

  /** The jar or folder the learn2mix command line was loaded from in this JVM. */
  private static String ownLocation() {
    try {
      return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (URISyntaxException | RuntimeException e) {
      return System.getProperty("java.class.path");
    }
  }
}
