package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.List;
import org.learn2mix.data.EncodedReviews;
import org.learn2mix.data.ImbalanceRecipe;
import org.learn2mix.data.Imdb;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.TaskData;
import org.learn2mix.data.TextTasks;
import org.learn2mix.data.VerifiedFile;

/**
 * The data recipe of the IMDB preset: find, verify, split, tokenise and encode the reviews once per
 * process (the split has a fixed seed, so every seed shares it), then for each seed draw the
 * imbalanced training subset.
 */
final class TextRecipe implements Preset.DataRecipe {
  private final String name;
  private final ImbalanceRecipe imbalance;
  private final PerDataFolder<Loaded> reviews =
      new PerDataFolder<>(
          dataDir -> {
            var read = Imdb.load(dataDir);
            return new Loaded(TextTasks.encode(read), read.files());
          });

  TextRecipe(String name, ImbalanceRecipe imbalance) {
    this.name = name;
    this.imbalance = imbalance;
  }

  @Override
  public TaskData prepare(long seed, Path dataDir) {
    return TextTasks.classification(name, reviews.get(dataDir).encoded(), imbalance, seed);
  }

  /**
   * The vocabulary size of the encoding {@code data} was prepared from, which sizes the network's
   * embedding table; the test part identifies it, since every seed shares the encoded test part.
   *
   * @throws IllegalArgumentException if {@code data} was not prepared by this recipe
   */
  int vocabularySize(TaskData data) {
    return reviews.all().stream()
        .filter(l -> l.encoded().test() == data.test())
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(data.name() + " was not prepared by this recipe"))
        .encoded()
        .vocabulary()
        .size();
  }

  @Override
  public List<VerifiedFile> files(Path dataDir) {
    return reviews.files(dataDir);
  }

  /** The encoded reviews of one data folder and the files they came from. */
  private record Loaded(EncodedReviews encoded, List<VerifiedFile> files) implements LoadedData {}
}
