package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.VerifiedFile;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.locate.DataSet;

/**
 * How a preset gets its data: a load function reads the files once per data folder and process, and
 * a prepare function makes each seed's task from what was read (an imbalanced subset, a split,
 * scaling). Every seed of an experiment shares one read, and provenance can name the files read.
 *
 * @param <L> what the load function reads
 */
public final class DataRecipe<L extends LoadedData> {
  /** Makes one seed's task from what was read. */
  @FunctionalInterface
  public interface Preparation<L> {
    /**
     * The task for {@code seed}.
     *
     * @param loaded what the load function read
     * @param seed the run's seed (imbalanced subsets depend on it)
     * @return the prepared task
     */
    TaskData prepare(L loaded, long seed);
  }

  private final Function<Path, L> load;
  private final Preparation<? super L> preparation;
  private final boolean readsFiles;
  private final Map<Path, L> loaded = new HashMap<>();

  private DataRecipe(
      Function<Path, L> load, Preparation<? super L> preparation, boolean readsFiles) {
    this.load = load;
    this.preparation = preparation;
    this.readsFiles = readsFiles;
  }

  /**
   * A recipe reading with {@code load} and preparing with {@code preparation}.
   *
   * @param load reads the data from a data folder, or from the usual places for null
   * @param preparation makes a seed's task from what was read
   * @param <L> what is read
   * @return the recipe
   */
  public static <L extends LoadedData> DataRecipe<L> of(
      Function<Path, L> load, Preparation<? super L> preparation) {
    return new DataRecipe<>(load, preparation, true);
  }

  /**
   * A recipe for a data set of the catalogue, found with the standard {@link DataLocator}.
   *
   * @param dataSet the data set
   * @param preparation makes a seed's task from what was read
   * @param <L> what the data set's files are read into
   * @return the recipe
   */
  public static <L extends LoadedData> DataRecipe<L> located(
      DataSet<L> dataSet, Preparation<? super L> preparation) {
    return of(dataDir -> DataLocator.standard().load(dataSet, dataDir), preparation);
  }

  /**
   * A recipe that generates its data from the seed and reads no files.
   *
   * @param generator makes the task for a seed
   * @return the recipe
   */
  public static DataRecipe<Generated> generated(LongFunction<TaskData> generator) {
    return new DataRecipe<>(
        dataDir -> Generated.INSTANCE, (nothing, seed) -> generator.apply(seed), false);
  }

  /**
   * The prepared task for {@code seed}, reading the files the first time.
   *
   * @param seed the run's seed
   * @param dataDir the data folder the user named, or null for the usual places
   * @return the task
   */
  public TaskData prepare(long seed, Path dataDir) {
    return preparation.prepare(read(dataDir), seed);
  }

  /**
   * The files read from {@code dataDir} so far, with their checksums, for provenance.
   *
   * @param dataDir the data folder the user named, or null for the usual places
   * @return the files; empty before any read and for generated data
   */
  public synchronized List<VerifiedFile> files(Path dataDir) {
    L data = loaded.get(key(dataDir));
    return data == null ? List.of() : data.files();
  }

  /**
   * Whether this recipe reads files (generated data sets do not).
   *
   * @return true unless the data is generated
   */
  public boolean readsFiles() {
    return readsFiles;
  }

  private synchronized L read(Path dataDir) {
    return loaded.computeIfAbsent(key(dataDir), dir -> load.apply(dataDir));
  }

  private static Path key(Path dataDir) {
    return dataDir == null ? Path.of("") : dataDir;
  }

  /** What a generated data set "reads": nothing. */
  public enum Generated implements LoadedData {
    /** The one instance. */
    INSTANCE;

    @Override
    public List<VerifiedFile> files() {
      return List.of();
    }
  }
}
