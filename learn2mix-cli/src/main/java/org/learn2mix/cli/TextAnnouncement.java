package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import org.learn2mix.data.NamedImbalance;
import org.learn2mix.data.text.OwnTexts;
import org.learn2mix.data.text.TextFolderSpec;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.OwnTextExperiment;
import org.learn2mix.model.TextTransformer;

/**
 * What a comparison on one's own texts read and chose, printed before training: the folder, its
 * split, the classes left out, each class's texts in each split, the vocabulary and the tokens
 * kept, the network, and each hyperparameter with why it was chosen (or that the user gave it).
 */
final class TextAnnouncement {
  private TextAnnouncement() {}

  /**
   * Prints the announcement.
   *
   * @param console where to print
   * @param experiment the texts read
   * @param settings the resolved settings
   * @param given the hyperparameter options the user gave
   */
  static void print(
      PrintStream console,
      OwnTextExperiment experiment,
      ExperimentSettings settings,
      Set<String> given) {
    OwnTexts texts = experiment.texts();
    TextFolderSpec spec = texts.spec();
    console.println("texts: " + spec.folder().toAbsolutePath().normalize());
    console.printf(
        Locale.ROOT, "  folder checksum %s, %,d texts, UTF-8%n", texts.sha256(), texts.textCount());
    console.println(
        "  classification into the "
            + texts.classNames().size()
            + " classes of the class folders; metric test_accuracy (higher is better)");
    if (!texts.leftOut().isEmpty()) {
      console.println(
          "  left out: train/"
              + String.join(", train/", texts.leftOut())
              + " (test/ has no such class, so it could not be measured)");
    }
    String keep =
        spec.keep().isEmpty()
            ? ""
            : "; training keeps " + OwnDataAnnouncement.keep(spec.keep()) + ", drawn per seed";
    if (texts.testFolderGiven()) {
      console.println("  split: the folder's own, train/ and test/" + keep);
    } else {
      console.printf(
          Locale.ROOT,
          "  split: %s of each class tests, split seed %d (the same test texts for every seed)%s%n",
          NamedImbalance.percent(spec.testFraction()),
          spec.splitSeed(),
          keep);
    }
    OwnDataAnnouncement.classTable(
        console, texts.classNames(), texts.keptCounts(), texts.testCounts());
    console.printf(
        Locale.ROOT,
        "  vocabulary: %,d words seen at least %d time%s in training, plus <pad> and <unk>%n",
        texts.vocabularySize() - 2,
        spec.minCount(),
        spec.minCount() == 1 ? "" : "s");
    console.printf(
        Locale.ROOT,
        "  tokens kept per text: %d (%,d of %,d texts are longer and cut; shorter ones padded)%n",
        spec.maxTokens(),
        texts.truncated(),
        texts.textCount());
    console.printf(
        Locale.ROOT,
        "  network: the imdb preset's Transformer (embedding %d x %d, 1 encoder layer, %d heads)%n",
        texts.vocabularySize(),
        TextTransformer.WIDTH,
        TextTransformer.HEADS);
    OwnDataAnnouncement.hyperparameters(console, experiment.defaults(), settings.training(), given);
  }
}
