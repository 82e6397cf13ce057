package org.learn2mix.experiment;

import java.util.Locale;

/**
 * Hyperparameters for a folder of one's own texts, chosen from its size: the imdb preset's
 * Transformer with the imdb preset's learning rate and mixing rate, batches of about a fiftieth of
 * the training texts, and about {@value #STEPS} optimizer steps in all.
 *
 * @param trainingTexts N, the training texts after any imbalance
 * @param learningRate Adam's η
 * @param gamma the mixing rate γ
 * @param batchSize M
 * @param epochs E
 */
public record TextDefaults(
    int trainingTexts, double learningRate, double gamma, int batchSize, int epochs)
    implements OwnDataDefaults {
  /** The optimizer steps the epochs aim at. */
  public static final int STEPS = 2000;

  static final int MIN_BATCH = 16;
  static final int MAX_BATCH = 512;
  static final int MIN_EPOCHS = 5;
  static final int MAX_EPOCHS = 40;
  static final double LEARNING_RATE = 1e-4;
  static final double GAMMA = 0.1;

  /**
   * The defaults for {@code trainingTexts} training texts and a batch size chosen by the user,
   * which the epochs then fit.
   *
   * @param trainingTexts N, at least 1
   * @param batchSize the user's M, or 0 to choose one
   * @return the defaults
   */
  public static TextDefaults of(int trainingTexts, int batchSize) {
    if (trainingTexts < 1) {
      throw new IllegalArgumentException("no training texts");
    }
    double fiftieth = trainingTexts / 50.0;
    int batch = 1 << Math.max(0, (int) Math.round(Math.log(Math.max(1, fiftieth)) / Math.log(2)));
    batch = Math.min(trainingTexts, Math.max(MIN_BATCH, Math.min(MAX_BATCH, batch)));
    if (batchSize > 0) {
      batch = batchSize;
    }
    int steps = Math.max(1, trainingTexts / batch);
    int epochs = Math.max(MIN_EPOCHS, Math.min(MAX_EPOCHS, (STEPS + steps - 1) / steps));
    return new TextDefaults(trainingTexts, LEARNING_RATE, GAMMA, batch, epochs);
  }

  @Override
  public int trainingExamples() {
    return trainingTexts;
  }

  @Override
  public String examplesNoun() {
    return "texts";
  }

  /**
   * Optimizer steps per epoch at the chosen batch size.
   *
   * @return ⌊N / M⌋, at least 1
   */
  public int stepsPerEpoch() {
    return Math.max(1, trainingTexts / batchSize);
  }

  @Override
  public String learningRateReason() {
    return "the imdb preset's rate for this Transformer";
  }

  @Override
  public String gammaReason() {
    return "the imdb preset's mixing rate: the mix follows the class losses over about 10 epochs";
  }

  @Override
  public String batchSizeReason() {
    return String.format(
        Locale.ROOT,
        "the power of two nearest N/50 = %.0f (N = %d training texts), within %d..%d",
        trainingTexts / 50.0,
        trainingTexts,
        MIN_BATCH,
        MAX_BATCH);
  }

  @Override
  public String epochsReason() {
    return String.format(
        Locale.ROOT,
        "about %d optimizer steps at %d step%s an epoch, within %d..%d epochs",
        STEPS,
        stepsPerEpoch(),
        stepsPerEpoch() == 1 ? "" : "s",
        MIN_EPOCHS,
        MAX_EPOCHS);
  }
}
