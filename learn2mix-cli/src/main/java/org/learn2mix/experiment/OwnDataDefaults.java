package org.learn2mix.experiment;

import java.util.Locale;

/**
 * Hyperparameters chosen for data of one's own from its size, each with the reason it was chosen,
 * so that the start of a comparison can say what it picked and why. A {@link Rule} per kind of data
 * fixes the learning rate and γ, and how the batch size and the epochs follow from the number of
 * training examples N: the batch size is the power of two nearest N / divisor, within the rule's
 * range and at most N; the epochs give about the rule's number of optimizer steps, within its
 * range.
 *
 * @param trainingExamples N, the training examples after any thinning
 * @param rule how the values were chosen
 * @param batchSize M, the rule's or the user's
 * @param epochs E for about the rule's steps at M
 */
public record OwnDataDefaults(int trainingExamples, Rule rule, int batchSize, int epochs) {
  /**
   * How hyperparameters follow from the size of one kind of data.
   *
   * @param noun what a training example is called, e.g. {@code rows}
   * @param learningRate Adam's η
   * @param learningRateReason why that η
   * @param gamma the mixing rate γ
   * @param gammaReason why that γ
   * @param divisor the batch size aims at N / divisor
   * @param minBatch the smallest batch size chosen (unless N is smaller)
   * @param maxBatch the largest batch size chosen
   * @param batchNote said after the batch size's range, e.g. {@code " for LeNet-5"}, or empty
   * @param steps the optimizer steps the epochs aim at
   * @param minEpochs the fewest epochs chosen
   * @param maxEpochs the most epochs chosen
   */
  public record Rule(
      String noun,
      double learningRate,
      String learningRateReason,
      double gamma,
      String gammaReason,
      int divisor,
      int minBatch,
      int maxBatch,
      String batchNote,
      int steps,
      int minEpochs,
      int maxEpochs) {
    /** Checks the ranges. */
    public Rule {
      if (divisor < 1 || minBatch < 1 || maxBatch < minBatch || steps < 1 || minEpochs < 1) {
        throw new IllegalArgumentException("a defaults rule needs positive, ordered bounds");
      }
      if (maxEpochs < minEpochs) {
        throw new IllegalArgumentException("a defaults rule needs ordered epoch bounds");
      }
    }
  }

  /**
   * Tables: a small MLP on standardised features trains well with Adam's customary rate, batches of
   * about a twentieth of the rows (about twenty steps an epoch), about 2,000 steps in all.
   */
  public static final Rule TABLE =
      new Rule(
          "rows",
          1e-3,
          "Adam's customary rate for a small MLP on standardised features",
          0.1,
          "the mix moves a tenth of the way to the latest class losses each epoch, so it"
              + " follows them over about 10 epochs",
          20,
          16,
          256,
          ", for about 20 steps an epoch where that range allows",
          2000,
          20,
          300);

  /**
   * Texts: the imdb preset's Transformer with its learning rate and γ, batches of about a fiftieth
   * of the texts, about 2,000 steps in all.
   */
  public static final Rule TEXT =
      new Rule(
          "texts",
          1e-4,
          "the imdb preset's rate for this Transformer",
          0.1,
          "the imdb preset's mixing rate: the mix follows the class losses over about 10 epochs",
          50,
          16,
          512,
          "",
          2000,
          5,
          40);

  /**
   * Images: Adam's customary rate (the image presets' published rates, 5e-6 to 1e-5, are slow on
   * purpose, to show the convergence the paper compares), batches of about a hundredth of the
   * images within a range the network's memory allows, about 3,000 steps in all.
   *
   * @param network the network's name, e.g. {@code LeNet-5}
   * @param maxBatch the largest batch its activations allow
   * @return the rule
   */
  public static Rule images(String network, int maxBatch) {
    return new Rule(
        "images",
        1e-3,
        "Adam's customary rate for "
            + network
            + " (the image presets' published 5e-6..1e-5 are slow on purpose)",
        0.1,
        "the mix moves a tenth of the way to the latest class losses each epoch",
        100,
        32,
        maxBatch,
        " for " + network,
        3000,
        5,
        100);
  }

  /**
   * The defaults of {@code rule} for {@code trainingExamples} examples, with the user's batch size,
   * which the epochs then fit, if given.
   *
   * @param rule how to choose
   * @param trainingExamples N, at least 1
   * @param batchSize the user's M, or 0 to choose one
   * @return the defaults
   * @throws IllegalArgumentException if there are no training examples
   */
  public static OwnDataDefaults choose(Rule rule, int trainingExamples, int batchSize) {
    if (trainingExamples < 1) {
      throw new IllegalArgumentException("no training " + rule.noun());
    }
    double aim = trainingExamples / (double) rule.divisor();
    int batch = 1 << Math.max(0, (int) Math.round(Math.log(Math.max(1, aim)) / Math.log(2)));
    batch = Math.min(trainingExamples, Math.max(rule.minBatch(), Math.min(rule.maxBatch(), batch)));
    if (batchSize > 0) {
      batch = batchSize;
    }
    int steps = Math.max(1, trainingExamples / batch);
    int epochs =
        Math.max(rule.minEpochs(), Math.min(rule.maxEpochs(), (rule.steps() + steps - 1) / steps));
    return new OwnDataDefaults(trainingExamples, rule, batch, epochs);
  }

  /**
   * Adam's η.
   *
   * @return the rule's learning rate
   */
  public double learningRate() {
    return rule.learningRate();
  }

  /**
   * The mixing rate γ.
   *
   * @return the rule's γ
   */
  public double gamma() {
    return rule.gamma();
  }

  /**
   * Optimizer steps per epoch at the chosen batch size.
   *
   * @return ⌊N / M⌋, at least 1
   */
  public int stepsPerEpoch() {
    return Math.max(1, trainingExamples / batchSize);
  }

  /**
   * Why the learning rate.
   *
   * @return one line
   */
  public String learningRateReason() {
    return rule.learningRateReason();
  }

  /**
   * Why the mixing rate.
   *
   * @return one line
   */
  public String gammaReason() {
    return rule.gammaReason();
  }

  /**
   * Why the batch size.
   *
   * @return one line
   */
  public String batchSizeReason() {
    return String.format(
        Locale.ROOT,
        "the power of two nearest N/%d = %.0f (N = %d training %s), within %d..%d%s",
        rule.divisor(),
        trainingExamples / (double) rule.divisor(),
        trainingExamples,
        rule.noun(),
        rule.minBatch(),
        rule.maxBatch(),
        rule.batchNote());
  }

  /**
   * Why the epochs.
   *
   * @return one line
   */
  public String epochsReason() {
    return String.format(
        Locale.ROOT,
        "about %d optimizer steps at %d step%s an epoch, within %d..%d epochs",
        rule.steps(),
        stepsPerEpoch(),
        stepsPerEpoch() == 1 ? "" : "s",
        rule.minEpochs(),
        rule.maxEpochs());
  }
}
