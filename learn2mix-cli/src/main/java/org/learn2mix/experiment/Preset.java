package org.learn2mix.experiment;

import ai.djl.nn.Block;
import java.nio.file.Path;
import java.util.function.Function;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

/**
 * A published experiment: its data, its network and its hyperparameters (SPEC section 7).
 *
 * @param name the name users type, e.g. {@code mean-estimation}
 * @param summary one line for listings
 * @param task what is learnt, known before the data is read
 * @param data prepares the data set for a seed
 * @param architecture makes a fresh network fitting the data
 * @param learningRate Adam's η
 * @param gamma mixing rate γ
 * @param batchSize M
 * @param epochs E
 */
public record Preset(
    String name,
    String summary,
    Task task,
    DataRecipe data,
    Function<TaskData, Block> architecture,
    double learningRate,
    double gamma,
    int batchSize,
    int epochs) {

  /** Makes a preset's data set. */
  @FunctionalInterface
  public interface DataRecipe {
    /**
     * The prepared data set for {@code seed}.
     *
     * @param seed the run's seed (imbalanced subsets and generated data depend on it)
     * @param dataDir the folder the user named with {@code --data-dir}, or {@code null}
     */
    TaskData prepare(long seed, Path dataDir);

    /** The files read for {@code dataDir} so far, with their checksums, for provenance. */
    default java.util.List<org.learn2mix.data.VerifiedFile> files(Path dataDir) {
      return java.util.List.of();
    }

    /** Whether this recipe reads files (generated data sets do not). */
    default boolean readsFiles() {
      return true;
    }

    /** A recipe that generates its data from the seed and reads no files. */
    static DataRecipe generated(java.util.function.LongFunction<TaskData> generator) {
      return new DataRecipe() {
        @Override
        public TaskData prepare(long seed, Path dataDir) {
          return generator.apply(seed);
        }

        @Override
        public boolean readsFiles() {
          return false;
        }
      };
    }
  }
}
