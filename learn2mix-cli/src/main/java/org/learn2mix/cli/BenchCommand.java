package org.learn2mix.cli;

import ai.djl.Device;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.learn2mix.engine.RunDevice;
import org.learn2mix.experiment.Benchmark;
import org.learn2mix.experiment.Presets;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.results.AtomicFiles;
import org.learn2mix.results.FolderLock;
import org.learn2mix.results.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code learn2mix bench}: what each strategy's epoch costs against the compute floor. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    resourceBundle = SharedOptions.HELP,
    description = {
      "Measure seconds per training epoch of classical, fixed-mix and learn2mix against the"
          + " compute floor (forward, backward and Adam step on pre-built batches already in"
          + " native memory), all in one process.",
      "Reports the median epoch after one warm-up epoch, the ratio to the floor, examples per"
          + " second and peak resident memory, and writes bench.json."
    })
final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--workloads",
      split = ",",
      paramLabel = "PRESET",
      description = "Presets to measure (default: fashion-mnist,mean-estimation).")
  List<String> workloads = List.of("fashion-mnist", "mean-estimation");

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "Epochs per variant, the first is warm-up (default: ${DEFAULT-VALUE}).")
  int epochs = 5;

  @Mixin DataDir dataDir = new DataDir();

  @Mixin ResultsFolder resultsFolder = new ResultsFolder();

  @Mixin EngineThreads engine = new EngineThreads();

  @Mixin DeviceChoice device = new DeviceChoice();

  private final PrintStream console;

  BenchCommand(PrintStream console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (epochs < 2) {
      throw new UsageException(
          "--epochs must be at least 2 (one warm-up, one measured), was " + epochs);
    }
    workloads.forEach(Presets::find);
    engine.apply();
    Device on = device.resolve();
    Path dir = resultsFolder.orDefault("bench");
    FolderLock lock = RunFolder.claim(dir, "bench.json");
    try {
      Instant started = Instant.now();
      List<Benchmark.Workload> results = new ArrayList<>();
      for (String name : workloads) {
        String preset = name.trim();
        results.add(
            Benchmark.run(
                Presets.find(preset),
                dataDir.value(),
                epochs,
                on,
                what -> console.println("measuring " + what)));
      }
      console.println();
      console.print(table(results));
      write(dir.resolve("bench.json"), results, started, DeviceChoice.describe(on));
    } catch (RuntimeException e) {
      RunFolder.removeIfEmpty(dir, lock); // bad data leaves no empty folder behind
      throw e;
    } finally {
      RunFolder.release(lock);
    }
    console.println("results: " + dir.resolve("bench.json").toAbsolutePath().normalize());
    return 0;
  }

  private String table(List<Benchmark.Workload> results) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-16s %-15s %10s %9s %12s %12s%n",
            "workload",
            "variant",
            "s/epoch",
            "x floor",
            "examples/s",
            "peak RSS MB"));
    for (Benchmark.Workload w : results) {
      double floor = w.variants().get(0).secondsPerEpoch();
      for (Benchmark.Variant v : w.variants()) {
        boolean first = v == w.variants().get(0);
        out.append(
            String.format(
                Locale.ROOT,
                "%-16s %-15s %10.4f %9.3f %12.0f %12s%n",
                first ? w.preset() : "",
                v.name(),
                v.secondsPerEpoch(),
                v.secondsPerEpoch() / floor,
                v.examplesPerSecond(),
                first ? String.format(Locale.ROOT, "%.0f", w.peakRssMb()) : ""));
      }
    }
    return out.toString();
  }

  private void write(
      Path file, List<Benchmark.Workload> results, Instant started, RunDevice runDevice) {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    ObjectNode root = mapper.createObjectNode();
    ObjectNode workloadsNode = root.putObject("workloads");
    for (Benchmark.Workload w : results) {
      ObjectNode node = workloadsNode.putObject(w.preset());
      double floor = w.variants().get(0).secondsPerEpoch();
      for (Benchmark.Variant v : w.variants()) {
        ObjectNode variant = node.putObject(v.name());
        variant.put("seconds_per_epoch", v.secondsPerEpoch());
        variant.put("examples_per_second", v.examplesPerSecond());
        variant.put("ratio_to_floor", v.secondsPerEpoch() / floor);
        var all = variant.putArray("epoch_seconds");
        for (double s : v.epochSeconds()) {
          all.add(s);
        }
      }
      node.put("peak_rss_mb", w.peakRssMb());
    }
    root.put(
        "threads",
        engine.value() != null ? engine.value() : Runtime.getRuntime().availableProcessors());
    root.put("epochs", epochs);
    root.put("statistic", "median seconds per epoch after one warm-up epoch");
    root.set(
        "provenance",
        mapper.valueToTree(Provenance.collect(started, Instant.now(), null, runDevice)));
    try {
      AtomicFiles.write(
          file,
          w -> {
            mapper.writeValue(w, root);
            w.write(System.lineSeparator());
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
