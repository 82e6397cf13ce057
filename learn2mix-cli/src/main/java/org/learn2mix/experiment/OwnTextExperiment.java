package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learn2mix.data.ReadProgress;
import org.learn2mix.data.Task;
import org.learn2mix.data.text.OwnTexts;
import org.learn2mix.data.text.TextFolderSpec;
import org.learn2mix.model.TextTransformer;
import org.learn2mix.results.ExperimentPlan;
import org.learn2mix.results.OwnData;

/**
 * A comparison on a folder of one's own texts: the texts read and encoded once, a preset made for
 * them (the imdb preset's Transformer sized to the vocabulary, hyperparameters chosen for the
 * folder's size) and the record of what was read that lets the experiment be resumed and repeated.
 */
public final class OwnTextExperiment {
  /** The kind of own data results record. */
  public static final String KIND = "texts";

  private final OwnTexts texts;
  private final OwnDataDefaults defaults;

  private OwnTextExperiment(OwnTexts texts, int batchSize) {
    this.texts = texts;
    this.defaults =
        OwnDataDefaults.choose(OwnDataDefaults.TEXT, sum(texts.keptCounts()), batchSize);
  }

  /**
   * Reads, splits and encodes the folder.
   *
   * @param spec the folder and how to prepare it
   * @param batchSize the user's batch size, which the default epochs fit, or 0
   * @param progress hears of every file read
   * @return the experiment
   * @throws org.learn2mix.data.DataSetException if the folder cannot be read or does not fit
   */
  public static OwnTextExperiment read(TextFolderSpec spec, int batchSize, ReadProgress progress) {
    return new OwnTextExperiment(OwnTexts.read(spec, progress), batchSize);
  }

  /**
   * The texts as read and encoded.
   *
   * @return the texts
   */
  public OwnTexts texts() {
    return texts;
  }

  /**
   * The hyperparameters chosen for the folder's size.
   *
   * @return the defaults
   */
  public OwnDataDefaults defaults() {
    return defaults;
  }

  /**
   * The preset: the folder's texts, the Transformer and the defaults, named after the folder.
   *
   * @return the preset
   */
  public Preset preset() {
    int maxTokens = texts.spec().maxTokens();
    return new Preset(
        texts.name(),
        "own texts " + texts.spec().folder().getFileName() + "; Transformer",
        Task.CLASSIFICATION,
        DataRecipe.of(dataDir -> texts, (t, seed) -> t.prepare(seed)),
        data -> TextTransformer.create(data.vocabularySize(), data.classCount(), maxTokens),
        defaults.learningRate(),
        defaults.gamma(),
        defaults.batchSize(),
        defaults.epochs());
  }

  /**
   * What results record about the folder: its path, checksum and every option.
   *
   * @return the record
   */
  public OwnData ownData() {
    TextFolderSpec spec = texts.spec();
    Map<String, List<String>> options = new LinkedHashMap<>();
    options.put("test_fraction", List.of(String.valueOf(spec.testFraction())));
    options.put("split_seed", List.of(String.valueOf(spec.splitSeed())));
    options.put("keep", OwnDataRecords.keepOption(spec.keep()));
    options.put("max_tokens", List.of(String.valueOf(spec.maxTokens())));
    options.put("min_count", List.of(String.valueOf(spec.minCount())));
    return new OwnData(
        KIND, spec.folder().toAbsolutePath().normalize().toString(), texts.sha256(), options);
  }

  /**
   * The settings of an interrupted comparison on a text folder, read again from the folder it was
   * started on.
   *
   * @param plan what summary.json recorded
   * @return the settings
   * @throws UsageException if the record is not of texts, or the folder has changed since
   */
  public static ExperimentSettings resume(ExperimentPlan plan) {
    OwnData own = plan.ownData();
    OwnTextExperiment experiment = read(spec(own), plan.training().batchSize(), ReadProgress.NONE);
    OwnDataRecords.requireUnchanged(own.path(), own.sha256(), experiment.texts.sha256());
    return new ExperimentSettings(
        experiment.preset(), plan.strategies(), plan.seeds(), plan.training(), null, own);
  }

  private static TextFolderSpec spec(OwnData own) {
    Map<String, List<String>> o = own.options();
    try {
      return new TextFolderSpec(
          Path.of(own.path()),
          Double.parseDouble(o.get("test_fraction").get(0)),
          Long.parseLong(o.get("split_seed").get(0)),
          OwnDataRecords.keep(o),
          Integer.parseInt(o.get("max_tokens").get(0)),
          Integer.parseInt(o.get("min_count").get(0)));
    } catch (RuntimeException e) {
      throw new UsageException(
          "the results record the text folder's options badly: " + e.getMessage(), e);
    }
  }

  private static int sum(int[] counts) {
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    return total;
  }
}
