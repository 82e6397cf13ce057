package org.learn2mix.experiment;

import java.util.Locale;

/**
 * Hyperparameters for a table of one's own, chosen from its size: a small MLP on standardised
 * features trains well with Adam's customary rate, batches of about a twentieth of the training
 * rows (so an epoch has about twenty steps), and about {@value #STEPS} optimizer steps in all.
 *
 * @param trainingRows N, the training rows after any imbalance
 * @param learningRate Adam's η
 * @param gamma the mixing rate γ
 * @param batchSize M
 * @param epochs E
 */
public record TableDefaults(
    int trainingRows, double learningRate, double gamma, int batchSize, int epochs)
    implements OwnDataDefaults {
  /** The optimizer steps the epochs aim at. */
  public static final int STEPS = 2000;

  static final int MIN_BATCH = 16;
  static final int MAX_BATCH = 256;
  static final int MIN_EPOCHS = 20;
  static final int MAX_EPOCHS = 300;
  static final double LEARNING_RATE = 1e-3;
  static final double GAMMA = 0.1;

  /**
   * The defaults for {@code trainingRows} training rows.
   *
   * @param trainingRows N, at least 1
   * @return the defaults
   */
  public static TableDefaults of(int trainingRows) {
    return of(trainingRows, 0);
  }

  /**
   * The defaults for {@code trainingRows} training rows and a batch size chosen by the user, which
   * the epochs then fit.
   *
   * @param trainingRows N, at least 1
   * @param batchSize the user's M, or 0 to choose one
   * @return the defaults
   */
  public static TableDefaults of(int trainingRows, int batchSize) {
    if (trainingRows < 1) {
      throw new IllegalArgumentException("no training rows");
    }
    double twentieth = trainingRows / 20.0;
    int batch = 1 << Math.max(0, (int) Math.round(Math.log(Math.max(1, twentieth)) / Math.log(2)));
    batch = Math.min(trainingRows, Math.max(MIN_BATCH, Math.min(MAX_BATCH, batch)));
    if (batchSize > 0) {
      batch = batchSize;
    }
    int steps = Math.max(1, trainingRows / batch);
    int epochs = Math.max(MIN_EPOCHS, Math.min(MAX_EPOCHS, (STEPS + steps - 1) / steps));
    return new TableDefaults(trainingRows, LEARNING_RATE, GAMMA, batch, epochs);
  }

  @Override
  public int trainingExamples() {
    return trainingRows;
  }

  @Override
  public String examplesNoun() {
    return "rows";
  }

  /** Optimizer steps per epoch at the default batch size: ⌊N / M⌋, at least 1. */
  public int stepsPerEpoch() {
    return Math.max(1, trainingRows / batchSize);
  }

  /** Why the learning rate. */
  @Override
  public String learningRateReason() {
    return "Adam's customary rate for a small MLP on standardised features";
  }

  /** Why the mixing rate. */
  @Override
  public String gammaReason() {
    return "the mix moves a tenth of the way to the latest class losses each epoch, so it"
        + " follows them over about 10 epochs";
  }

  /** Why the batch size. */
  @Override
  public String batchSizeReason() {
    return String.format(
        Locale.ROOT,
        "the power of two nearest N/20 = %.0f (N = %d training rows), within %d..%d, for about"
            + " 20 steps an epoch where that range allows",
        trainingRows / 20.0,
        trainingRows,
        MIN_BATCH,
        MAX_BATCH);
  }

  /** Why the epochs. */
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
