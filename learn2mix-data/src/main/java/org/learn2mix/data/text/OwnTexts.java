package org.learn2mix.data.text;

import java.util.List;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.NamedImbalance;
import org.learn2mix.data.ReadProgress;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TrainTestSplit;
import org.learn2mix.data.VerifiedFile;

/**
 * A folder of one's own labelled texts, read, split and encoded once (SPEC section 9): the split is
 * the folder's own ({@code train/}, {@code test/}) or drawn stratified by class with the split
 * seed; texts are tokenised and encoded as the imdb preset does, with the vocabulary from the
 * training split. Each training seed then draws its share of every class ({@link #prepare}).
 */
public final class OwnTexts implements LoadedData {
  private final TextFolderSpec spec;
  private final TextFolder folder;
  private final EncodedReviews encoded;
  private final ImbalanceRecipe imbalance;

  private OwnTexts(TextFolderSpec spec, TextFolder folder, TrainTestSplit split) {
    this.spec = spec;
    this.folder = folder;
    LoadedReviews texts = folder.texts();
    this.imbalance = NamedImbalance.recipe(spec.keep(), texts.classNames(), spec.folder());
    int[] train = new int[texts.classCount()];
    for (int n : split.train()) {
      train[texts.labels()[n]]++;
    }
    NamedImbalance.checkTrainingCounts(
        imbalance, train, texts.classNames(), spec.folder(), "example", null);
    this.encoded = TextTasks.encode(texts, split, spec.minCount(), spec.maxTokens());
  }

  /**
   * Reads, splits and encodes the folder {@code spec} names.
   *
   * @param spec the folder and how to prepare it
   * @param progress hears of every file read
   * @return the texts, ready for {@link #prepare}
   * @throws org.learn2mix.data.DataSetException if the folder cannot be read, names a class it
   *     lacks, or leaves a class fewer than two training texts
   */
  public static OwnTexts read(TextFolderSpec spec, ReadProgress progress) {
    TextFolder folder = TextFolders.read(spec.folder(), progress);
    TrainTestSplit split =
        folder.givenSplit() != null
            ? folder.givenSplit()
            : TextTasks.split(folder.texts(), spec.splitSeed(), 1 - spec.testFraction());
    return new OwnTexts(spec, folder, split);
  }

  /**
   * The task of one training seed: the training texts the imbalance keeps, the whole test split.
   *
   * @param seed draws the kept texts
   * @return the task, named after the folder
   */
  public TaskData prepare(long seed) {
    return TextTasks.classification(name(), encoded, imbalance, seed);
  }

  /**
   * The task's name: the folder's name.
   *
   * @return the last element of the folder's path
   */
  public String name() {
    return spec.folder().toAbsolutePath().normalize().getFileName().toString();
  }

  /**
   * What was asked for.
   *
   * @return the spec read
   */
  public TextFolderSpec spec() {
    return spec;
  }

  /**
   * The folder's checksum.
   *
   * @return the folder digest of every file read, lower-case hex
   */
  public String sha256() {
    return files().get(0).sha256();
  }

  /**
   * The folder read, with its checksum.
   *
   * @return one entry for the whole folder
   */
  @Override
  public List<VerifiedFile> files() {
    return folder.files();
  }

  /**
   * Whether the folder brought its own test split.
   *
   * @return true when it has {@code test/}, false when the split was drawn
   */
  public boolean testFolderGiven() {
    return folder.givenSplit() != null;
  }

  /**
   * The training class folders left out because {@code test/} has no such class.
   *
   * @return their names, sorted; empty when none was left out
   */
  public List<String> leftOut() {
    return folder.leftOut();
  }

  /**
   * The classes, in class order.
   *
   * @return the sorted class folder names kept
   */
  public List<String> classNames() {
    return encoded.classNames();
  }

  /**
   * Training texts per class before the imbalance.
   *
   * @return a fresh array, one count per class
   */
  public int[] trainCounts() {
    return encoded.train().classCounts(classNames().size());
  }

  /**
   * Training texts per class after the imbalance, the same for every seed.
   *
   * @return a fresh array, one count per class
   */
  public int[] keptCounts() {
    return imbalance.keptCounts(trainCounts());
  }

  /**
   * Test texts per class.
   *
   * @return a fresh array, one count per class
   */
  public int[] testCounts() {
    return encoded.test().classCounts(classNames().size());
  }

  /**
   * The vocabulary's size, which sizes the network's embedding table.
   *
   * @return the number of token ids, padding and unknown included
   */
  public int vocabularySize() {
    return encoded.vocabulary().size();
  }

  /**
   * How many texts, of both splits, have more tokens than are kept.
   *
   * @return the number of texts cut at {@link TextFolderSpec#maxTokens()}
   */
  public int truncated() {
    return encoded.truncated();
  }

  /**
   * Texts read, of both splits.
   *
   * @return the number of texts
   */
  public int textCount() {
    return folder.texts().size();
  }
}
