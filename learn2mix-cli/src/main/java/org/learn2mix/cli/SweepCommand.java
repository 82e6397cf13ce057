package org.learn2mix.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.learn2mix.batching.Strategy;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.results.MeanStd;
import org.learn2mix.sweep.Cell;
import org.learn2mix.sweep.CellLauncher;
import org.learn2mix.sweep.CellWorker;
import org.learn2mix.sweep.LocalSweep;
import org.learn2mix.sweep.Setting;
import org.learn2mix.sweep.SweepFolder;
import org.learn2mix.sweep.SweepPlan;
import org.learn2mix.sweep.SweepPlanFile;
import org.learn2mix.sweep.SweepReport;
import org.learn2mix.sweep.SweepResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code learn2mix sweep}: a grid of settings × strategies × seeds, one worker JVM per training.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Train every combination of the listed γ, batch sizes and learning rates with each strategy"
          + " and seed, each training (a cell) in a JVM of its own, and report which setting works"
          + " best: one comparison folder with its report per setting, sweep.html with a"
          + " sensitivity chart, and summary.json listing every cell.",
      "Strategies that do not use γ train once per batch size and learning rate and serve every γ."
          + " Re-running the same command continues an interrupted sweep; a cell interrupted"
          + " mid-run resumes from its last checkpoint. With --shard I/N several machines share"
          + " one folder; --assemble DIR then writes the report."
    },
    sortOptions = false,
    resourceBundle = SharedOptions.HELP)
final class SweepCommand implements Callable<Integer> {
  /** The options passed on to {@code compare} as given: the data and the fixed settings. */
  private static final Set<String> DATA_OPTIONS =
      Stream.concat(
              Stream.concat(OwnDataOptions.NAMES.stream(), OwnImageOptions.NAMES.stream()),
              Stream.concat(
                  Stream.of("--data-dir"),
                  TrainingOptions.NAMES.stream().filter(name -> !name.equals("--seed"))))
          .collect(Collectors.toUnmodifiableSet());

  /** Options whose value is a path, made absolute so that workers elsewhere find it. */
  private static final Set<String> PATH_OPTIONS =
      Set.of("--table", "--test-table", "--texts", "--images", "--data-dir");

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "PRESET",
      description = "The experiment to sweep (default: mean-estimation). See 'learn2mix presets'.")
  String preset;

  @Option(
      names = "--gamma",
      split = ",",
      paramLabel = "G",
      description = "Mixing rates to try, comma-separated, each in (0, 1) (default: the preset's).")
  List<Double> gammas;

  @Option(
      names = "--batch-size",
      split = ",",
      paramLabel = "M",
      description = "Batch sizes to try, comma-separated (default: the preset's).")
  List<Integer> batchSizes;

  @Option(
      names = "--lr",
      split = ",",
      paramLabel = "X",
      description = "Adam learning rates to try, comma-separated (default: the preset's).")
  List<Double> learningRates;

  @Option(
      names = "--strategies",
      split = ",",
      paramLabel = "NAME",
      description = "Strategies, comma-separated, as for compare (default: all that apply).")
  List<String> strategies;

  @Mixin SeedCount seeds = new SeedCount();

  @Mixin TrainingOptions training = new TrainingOptions();

  @Mixin DataDir dataDir = new DataDir();

  @Mixin OwnDataOptions ownData = new OwnDataOptions();

  @Mixin ResultsFolder resultsFolder = new ResultsFolder();

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description =
          "Cells trained at once on this machine, each in a JVM of its own (default:"
              + " ${DEFAULT-VALUE}).")
  int jobs = 1;

  @Mixin EngineThreads engine = new EngineThreads();

  @Mixin DeviceChoice device = new DeviceChoice();

  @Option(
      names = "--shard",
      paramLabel = "I/N",
      description =
          "Train only every N-th cell starting at cell I (0 <= I < N), for N machines sharing one"
              + " --out folder; then run --assemble.")
  String shard;

  @Option(
      names = "--tries",
      paramLabel = "N",
      description =
          "Failed tries after which a cell is given up and named in the report (default:"
              + " ${DEFAULT-VALUE}).")
  int tries = CellWorker.DEFAULT_TRIES;

  @Option(names = "--retry-failed", description = "Try the cells given up by an earlier run again.")
  boolean retryFailed;

  @Option(
      names = "--plan-only",
      description =
          "Write the plan (sweep.json, naming every cell) into the folder and stop, for tools that"
              + " hand out the cells themselves (the Spark driver).")
  boolean planOnly;

  @Option(
      names = "--assemble",
      paramLabel = "DIR",
      description =
          "Write the report of the sweep in DIR, whose cells all ended (exit code 2, naming the"
              + " missing cells, if some have not).")
  Path assemble;

  @Spec CommandSpec spec;

  private final PrintStream console;

  SweepCommand(PrintStream console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (tries < 1) {
      throw new UsageException("--tries must be at least 1, was " + tries);
    }
    if (assemble != null) {
      return assembleOnly();
    }
    if (jobs < 1) {
      throw new UsageException("--jobs must be at least 1, was " + jobs);
    }
    int[] shardOf = parseShard();
    device.checkAll();
    List<String> devices = device.all();
    List<String> arguments = dataArguments();
    CompareResolver resolver = new CompareResolver(arguments);
    SweepPlan plan = plan(arguments, resolver);
    for (Setting setting : plan.settings()) {
      resolver.resolve(setting, plan.strategies(), plan.seeds()); // bad input fails here
    }
    Path dir =
        resultsFolder.out != null
            ? resultsFolder.out
            : Path.of(
                "runs",
                "sweep-"
                    + resolver
                        .resolve(plan.settings().get(0), plan.strategies(), plan.seeds())
                        .preset()
                        .name()
                    + "-"
                    + LocalDateTime.now().format(STAMP));
    SweepFolder folder = start(dir, plan);
    if (planOnly) {
      console.println(
          "plan: "
              + plan.cells().size()
              + " cells in "
              + dir.resolve(SweepPlanFile.FILE).toAbsolutePath().normalize());
      return 0;
    }
    List<Cell> cells = shardOf == null ? plan.cells() : plan.shard(shardOf[0], shardOf[1]);
    int threads =
        engine.value() != null
            ? engine.value()
            : Math.max(1, Runtime.getRuntime().availableProcessors() / jobs);
    if (engine.value() != null && engine.value() < 1) {
      throw new UsageException("--threads must be at least 1, was " + engine.value());
    }
    if (retryFailed) {
      cells.forEach(folder::clearFailures);
    }
    console.println(
        "sweep: "
            + plan.settings().size()
            + " settings, "
            + plan.cells().size()
            + " cells"
            + (shardOf == null
                ? ""
                : "; shard " + shardOf[0] + "/" + shardOf[1] + " trains " + cells.size())
            + "; "
            + jobs
            + " at once, "
            + threads
            + " engine thread"
            + (threads == 1 ? "" : "s")
            + " each"
            + (devices.isEmpty() ? "" : ", on " + String.join(", ", devices) + " in turn")
            + "; folder "
            + dir.toAbsolutePath().normalize());
    Map<Cell, CellWorker.Outcome> outcomes =
        new LocalSweep(
                new CellWorker(folder, CellLauncher.ofThisJvm(), tries),
                jobs,
                threads,
                devices,
                console)
            .run(cells);
    SweepReport report = new SweepReport(plan, folder, resolver, tries);
    List<Cell> missing = report.missing();
    if (!missing.isEmpty()) {
      console.println(
          missing.size()
              + " cell"
              + (missing.size() == 1 ? " is" : "s are")
              + " still to train (other shards or workers); once they are done: learn2mix sweep"
              + " --assemble "
              + dir);
      return outcomes.containsValue(CellWorker.Outcome.FAILED) ? Main.EXIT_FAILURE : 0;
    }
    return write(report, dir);
  }

  private int assembleOnly() {
    ParseResult parsed = spec.commandLine().getParseResult();
    if (parsed.hasMatchedPositional(0)) {
      throw new UsageException("--assemble reads the sweep's own plan; drop " + preset);
    }
    for (OptionSpec option : parsed.matchedOptions()) {
      if (!Set.of("--assemble", "--tries", "--verbose").contains(option.longestName())) {
        throw new UsageException(
            "--assemble reads the sweep's own plan; drop " + option.longestName());
      }
    }
    SweepPlan plan = SweepPlanFile.read(assemble);
    SweepReport report =
        new SweepReport(
            plan, new SweepFolder(assemble), new CompareResolver(plan.arguments()), tries);
    List<Cell> missing = report.missing();
    if (!missing.isEmpty()) {
      throw new UsageException(
          missing.size()
              + " of "
              + plan.cells().size()
              + " cells of "
              + assemble
              + " have not ended: "
              + missing.stream().limit(10).map(Cell::id).collect(Collectors.joining(", "))
              + (missing.size() > 10 ? ", ..." : ""));
    }
    return write(report, assemble);
  }

  private int write(SweepReport report, Path dir) {
    SweepResults results;
    try {
      results = report.write();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the sweep's report ("
              + RunFolder.describe(e)
              + "); the cells are saved, and 'learn2mix sweep --assemble "
              + dir
              + "' retries",
          e);
    }
    String metric = results.info().map(RunInfo::metric).orElse("final metric");
    for (Strategy strategy : results.plan().strategies()) {
      results
          .best(strategy)
          .ifPresent(
              best -> {
                MeanStd value = results.of(best).finalMetric(strategy).orElseThrow();
                console.printf(
                    Locale.ROOT,
                    "best %s: %s (%s %.4g ± %.2g)%n",
                    strategy.label(),
                    strategy.adapts() ? best.id() : best.withoutGamma(),
                    metric,
                    value.mean(),
                    value.std());
              });
    }
    for (SweepResults.CellResult failed : results.failed()) {
      console.println(
          "failed: "
              + failed.cell().id()
              + ": "
              + failed.failures().get(failed.failures().size() - 1));
    }
    console.println("report: " + dir.resolve(SweepReport.PAGE).toAbsolutePath().normalize());
    return results.failed().isEmpty() ? 0 : Main.EXIT_FAILURE;
  }

  /** The plan: the grid lists, or the preset's value where a list is not given. */
  private SweepPlan plan(List<String> arguments, CompareResolver resolver) {
    if (gammas != null && gammas.stream().anyMatch(g -> !(g > 0 && g < 1))) {
      throw new UsageException("--gamma values must be in (0, 1), were " + gammas);
    }
    if (batchSizes != null && batchSizes.stream().anyMatch(b -> b < 1)) {
      throw new UsageException("--batch-size values must be at least 1, were " + batchSizes);
    }
    if (learningRates != null
        && learningRates.stream().anyMatch(lr -> !(lr > 0 && Double.isFinite(lr)))) {
      throw new UsageException("--lr values must be positive numbers, were " + learningRates);
    }
    List<String> extra = new ArrayList<>();
    if (strategies != null) {
      extra.add("--strategies");
      extra.add(String.join(",", strategies));
    }
    extra.addAll(
        List.of(
            "--seeds",
            String.valueOf(seeds.value()),
            "--seed",
            String.valueOf(training.firstSeed)));
    ExperimentSettings defaults = resolver.compare(extra);
    try {
      return new SweepPlan(
          arguments,
          gammas != null ? gammas : List.of(defaults.training().mixing().gamma()),
          batchSizes != null ? batchSizes : List.of(defaults.training().batchSize()),
          learningRates != null ? learningRates : List.of(defaults.training().learningRate()),
          defaults.strategies(),
          defaults.seeds());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  /** The preset and the data options as given, paths made absolute, for {@code compare}. */
  private List<String> dataArguments() {
    ParseResult parsed = spec.commandLine().getParseResult();
    List<String> arguments = new ArrayList<>();
    if (parsed.hasMatchedPositional(0)) {
      arguments.add(preset);
    }
    for (OptionSpec option : parsed.matchedOptions()) {
      String name = option.longestName();
      if (!DATA_OPTIONS.contains(name)) {
        continue;
      }
      for (String value : option.originalStringValues()) {
        arguments.add(name);
        arguments.add(
            PATH_OPTIONS.contains(name)
                ? Path.of(value).toAbsolutePath().normalize().toString()
                : value);
      }
    }
    return arguments;
  }

  /** "I/N" as {I, N}, or null without {@code --shard}. */
  private int[] parseShard() {
    if (shard == null) {
      return null;
    }
    String[] parts = shard.split("/", -1);
    try {
      if (parts.length == 2) {
        int index = Integer.parseInt(parts[0].strip());
        int count = Integer.parseInt(parts[1].strip());
        if (count >= 1 && index >= 0 && index < count) {
          return new int[] {index, count};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--shard wants I/N with 0 <= I < N, e.g. 0/4; got " + shard);
  }

  /**
   * Creates the sweep folder and its plan, or checks that the folder holds this very sweep (then
   * the run continues it).
   */
  private static SweepFolder start(Path dir, SweepPlan plan) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException("--out " + dir + " is a file, not a folder");
    }
    if (Files.isRegularFile(dir.resolve(SweepPlanFile.FILE))) {
      if (!SweepPlanFile.read(dir).equals(plan)) {
        throw new UsageException(
            "--out "
                + dir
                + " holds another sweep (other data, grid, strategies or seeds); choose another"
                + " folder, or give the same options to continue it");
      }
      return new SweepFolder(dir);
    }
    try {
      if (Files.isDirectory(dir)) {
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new UsageException(
                "--out " + dir + " already holds files but no sweep; choose another folder");
          }
        }
      }
      Files.createDirectories(dir);
      SweepPlanFile.write(dir, plan);
    } catch (IOException e) {
      throw new UsageException(
          "--out " + dir + " is not a writable folder: " + RunFolder.reason(e), e);
    }
    return new SweepFolder(dir);
  }
}
