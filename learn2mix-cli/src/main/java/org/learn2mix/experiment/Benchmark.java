package org.learn2mix.experiment;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.learn2mix.batching.BatchSource;
import org.learn2mix.batching.Strategy;
import org.learn2mix.data.Examples;
import org.learn2mix.data.TaskData;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.results.Provenance;
import org.learn2mix.train.ComputeFloor;
import org.learn2mix.train.ResidentSet;
import org.learn2mix.train.RunStore;
import org.learn2mix.train.TrainingRun;
import org.learn2mix.train.TrainingSettings;

/**
 * Measures, in one process, what a training epoch costs under each strategy against the compute
 * floor (forward, backward and step on pre-built batches), for one preset.
 */
public final class Benchmark {
  /** The strategies measured, in order. */
  public static final List<Strategy> STRATEGIES =
      List.of(Strategy.CLASSICAL, Strategy.FIXED_MIX, Strategy.LEARN2MIX);

  /**
   * The variant measured where a preset stores its pixels as bytes: classical training on the same
   * examples stored as floats, so that the table shows what byte storage costs or saves per epoch.
   */
  public static final String CLASSICAL_FLOAT = "classical-float";

  private Benchmark() {}

  /**
   * One measured variant.
   *
   * @param name {@code floor} or a strategy's name
   * @param epochSeconds seconds of every epoch, the first one being warm-up
   * @param examplesPerEpoch examples trained on per epoch (P·M)
   */
  public record Variant(String name, double[] epochSeconds, int examplesPerEpoch) {
    /** Median over the epochs after the first. */
    public double secondsPerEpoch() {
      double[] measured =
          epochSeconds.length > 1
              ? Arrays.copyOfRange(epochSeconds, 1, epochSeconds.length)
              : epochSeconds.clone();
      Arrays.sort(measured);
      int mid = measured.length / 2;
      return measured.length % 2 == 1 ? measured[mid] : (measured[mid - 1] + measured[mid]) / 2;
    }

    /** Examples per second at the median epoch time. */
    public double examplesPerSecond() {
      return examplesPerEpoch / secondsPerEpoch();
    }
  }

  /**
   * One workload's result.
   *
   * @param preset the preset measured
   * @param variants the floor first, then each strategy, then {@value #CLASSICAL_FLOAT} where the
   *     preset stores its pixels as bytes
   * @param peakRssMb the process's peak resident memory after this workload, in MiB
   */
  public record Workload(String preset, List<Variant> variants, double peakRssMb) {}

  /**
   * Measures {@code preset} for {@code epochs} epochs per variant. The variants train side by side,
   * one epoch each in turn, in alternating order (floor, classical, fixed-mix, learn2mix and, for
   * pixels stored as bytes, classical on floats; then back), so that the machine's drifts and
   * bursts fall on all of them alike.
   *
   * @param progress told what is being measured
   */
  public static Workload run(Preset preset, Path dataDir, int epochs, Consumer<String> progress) {
    return run(preset, dataDir, epochs, EngineStart.offline().defaultDevice(), progress);
  }

  /**
   * Measures {@code preset} as {@link #run(Preset, Path, int, Consumer)} does, on {@code device}:
   * the data, the pre-built batches and every model live there.
   *
   * @param device where to train
   * @param progress told what is being measured
   */
  public static Workload run(
      Preset preset, Path dataDir, int epochs, Device device, Consumer<String> progress) {
    EngineStart.offline();
    long seed = 0;
    TaskData data = preset.data().prepare(seed, dataDir);
    if (preset.batchSize() > data.train().size()) {
      throw new UsageException(
          preset.name()
              + ": its batch size "
              + preset.batchSize()
              + " is larger than the training set found ("
              + data.train().size()
              + " examples); bench measures full data sets");
    }
    TrainingSettings settings =
        new TrainingSettings(
            preset.learningRate(), preset.batchSize(), epochs, MixingSettings.of(preset.gamma()));
    int examples =
        BatchSource.batchesPerEpoch(data.train().size(), preset.batchSize()) * preset.batchSize();
    boolean bytes = data.train().storedAsBytes();
    List<String> names = new ArrayList<>(List.of("floor"));
    STRATEGIES.forEach(s -> names.add(s.label()));
    if (bytes) {
      names.add(CLASSICAL_FLOAT);
    }
    double[][] seconds = new double[names.size()][epochs];
    try (NDManager root = NDManager.newBaseManager(device);
        ResidentSet train = ResidentSet.upload(root, data.train(), data.task(), data.classCount());
        ResidentSet test = ResidentSet.upload(root, data.test(), data.task(), data.classCount());
        ResidentSet floatTrain =
            bytes
                ? ResidentSet.upload(root, asFloats(data.train()), data.task(), data.classCount())
                : null;
        ResidentSet floatTest =
            bytes
                ? ResidentSet.upload(root, asFloats(data.test()), data.task(), data.classCount())
                : null;
        ComputeFloor.Session floor =
            ComputeFloor.open(
                data.task(),
                data.classCount(),
                train,
                () -> preset.architecture().apply(data),
                settings,
                seed)) {
      List<TrainingRun.Session> runs = new ArrayList<>();
      try {
        for (Strategy strategy : STRATEGIES) {
          runs.add(
              new TrainingRun(
                      data.task(),
                      data.classCount(),
                      train,
                      test,
                      () -> preset.architecture().apply(data),
                      strategy,
                      settings,
                      seed)
                  .open(RunStore.none()));
        }
        if (bytes) {
          runs.add(
              new TrainingRun(
                      data.task(),
                      data.classCount(),
                      floatTrain,
                      floatTest,
                      () -> preset.architecture().apply(data),
                      Strategy.CLASSICAL,
                      settings,
                      seed)
                  .open(RunStore.none()));
        }
        for (int e = 0; e < epochs; e++) {
          progress.accept(
              preset.name() + ": epoch " + (e + 1) + " of " + epochs + " of each variant");
          for (int i = 0; i < names.size(); i++) {
            int v = e % 2 == 0 ? i : names.size() - 1 - i;
            seconds[v][e] = v == 0 ? floor.epoch() : runs.get(v - 1).trainEpoch().seconds();
          }
        }
      } finally {
        runs.forEach(TrainingRun.Session::close);
      }
    }
    List<Variant> variants = new ArrayList<>();
    for (int v = 0; v < names.size(); v++) {
      variants.add(new Variant(names.get(v), seconds[v], examples));
    }
    return new Workload(preset.name(), variants, Provenance.peakRssMbNow());
  }

  /** {@code examples} with their features stored as floats. */
  private static Examples asFloats(Examples examples) {
    return new Examples(
        examples.decodedFeatures(),
        examples.exampleShape(),
        examples.targets(),
        examples.targetWidth(),
        examples.classes());
  }
}
