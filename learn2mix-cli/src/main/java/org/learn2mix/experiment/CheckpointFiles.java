package org.learn2mix.experiment;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learn2mix.batching.Strategy;
import org.learn2mix.mixing.MixingState;
import org.learn2mix.results.AtomicFiles;
import org.learn2mix.train.EpochRecord;
import org.learn2mix.train.RunProgress;
import org.learn2mix.train.RunStore;

/**
 * Checkpoints of an experiment's runs, one file per strategy and seed under {@code checkpoints/} of
 * the run folder, each replaced atomically after every epoch. A finished run's file keeps only its
 * records.
 */
public final class CheckpointFiles {
  /** The sub-folder of a run folder that holds the checkpoints. */
  public static final String FOLDER = "checkpoints";

  private static final String MAGIC = "learn2mix checkpoint";
  private static final int FORMAT = 1;

  private final Path folder;
  private final String fingerprint;

  /**
   * Checkpoints in {@code runFolder} for an experiment with these settings.
   *
   * @param runFolder the run folder
   * @param settings the experiment; a checkpoint of other settings is refused
   */
  public CheckpointFiles(Path runFolder, ExperimentSettings settings) {
    this.folder = runFolder.resolve(FOLDER);
    this.fingerprint = fingerprint(settings);
  }

  /** The store of one run. */
  public RunStore forRun(Strategy strategy, long seed) {
    Path file = folder.resolve(strategy.label() + "-seed" + seed + ".ckpt");
    String identity = fingerprint + " strategy=" + strategy.label() + " seed=" + seed;
    return new RunStore() {
      @Override
      public Optional<RunProgress> load() {
        try (InputStream in = Files.newInputStream(file)) {
          return Optional.of(read(new DataInputStream(in), identity, file));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        } catch (EOFException e) {
          throw new UsageException(
              "checkpoint " + file + " is truncated; delete it to redo that run", e);
        } catch (IOException e) {
          throw new UncheckedIOException(
              "cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
      }

      @Override
      public void save(RunProgress progress) {
        try {
          Files.createDirectories(folder);
          AtomicFiles.writeBinary(
              file, out -> write(new DataOutputStream(out), identity, progress));
        } catch (IOException e) {
          throw new UncheckedIOException(
              "cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
      }
    };
  }

  private static String fingerprint(ExperimentSettings s) {
    // Micro-batches change the last bits of every result, so they are part of the identity; whole
    // batches add nothing, which keeps checkpoints written before the option existed valid.
    String micro = s.training().microBatch() > 0 ? " micro=" + s.training().microBatch() : "";
    return String.join(
            " ",
            "preset=" + s.preset().name(),
            "lr=" + s.training().learningRate(),
            "batch=" + s.training().batchSize(),
            "epochs=" + s.training().epochs(),
            "gamma=" + s.training().mixing().gamma(),
            "signal=" + s.training().mixing().signal().label(),
            "update=" + s.training().mixing().schedule().label())
        + micro;
  }

  private static void write(DataOutputStream out, String identity, RunProgress progress)
      throws IOException {
    out.writeUTF(MAGIC);
    out.writeInt(FORMAT);
    out.writeUTF(identity);
    out.writeInt(progress.epochsCompleted());
    for (EpochRecord r : progress.records()) {
      out.writeInt(r.epoch());
      out.writeDouble(r.trainLoss());
      out.writeDouble(r.testMetric());
      out.writeDouble(r.seconds());
      writeDoubles(out, r.classTestMetric());
      writeDoubles(out, r.classLosses());
      writeDoubles(out, r.alpha());
    }
    MixingState mixing = progress.mixing();
    writeDoubles(out, mixing.proportions());
    writeDoubles(out, mixing.lastClassLosses());
    writeDoubles(out, mixing.carriedLosses());
    writeBytes(out, progress.model());
    writeBytes(out, progress.optimizer());
  }

  private static RunProgress read(DataInputStream in, String identity, Path file)
      throws IOException {
    if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
      throw new UsageException(file + " is not a learn2mix checkpoint of this version");
    }
    String saved = in.readUTF();
    if (!saved.equals(identity)) {
      throw new UsageException(
          "checkpoint " + file + " belongs to another experiment (" + saved + ")");
    }
    int epochs = in.readInt();
    List<EpochRecord> records = new ArrayList<>(epochs);
    for (int i = 0; i < epochs; i++) {
      int epoch = in.readInt();
      double trainLoss = in.readDouble();
      double testMetric = in.readDouble();
      double seconds = in.readDouble();
      records.add(
          new EpochRecord(
              epoch,
              trainLoss,
              testMetric,
              readDoubles(in),
              readDoubles(in),
              readDoubles(in),
              seconds));
    }
    MixingState mixing = new MixingState(readDoubles(in), readDoubles(in), readDoubles(in));
    return new RunProgress(epochs, records, mixing, readBytes(in), readBytes(in));
  }

  private static void writeDoubles(DataOutputStream out, double[] values) throws IOException {
    out.writeInt(values.length);
    for (double v : values) {
      out.writeDouble(v);
    }
  }

  private static double[] readDoubles(DataInputStream in) throws IOException {
    double[] values = new double[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readDouble();
    }
    return values;
  }

  private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes == null ? -1 : bytes.length);
    if (bytes != null) {
      out.write(bytes);
    }
  }

  private static byte[] readBytes(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return bytes;
  }
}
