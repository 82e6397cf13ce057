package org.learn2mix.experiment;

import java.util.Locale;

/**
 * Hyperparameters for an image folder of one's own, chosen from the network and the number of
 * training images: Adam's customary rate (the image presets' published rates, 5e-6 to 1e-5, are
 * slow on purpose, to show the convergence the paper compares), batches of about a hundredth of the
 * training images within a range the network's memory allows, and about {@value #STEPS} optimizer
 * steps in all.
 *
 * @param trainingImages N, the training images after any thinning
 * @param model the network
 * @param learningRate Adam's η
 * @param gamma the mixing rate γ
 * @param batchSize M
 * @param epochs E
 */
public record ImageDefaults(
    int trainingImages,
    ImageModel model,
    double learningRate,
    double gamma,
    int batchSize,
    int epochs) {
  /** The optimizer steps the epochs aim at. */
  public static final int STEPS = 3000;

  static final int MIN_BATCH = 32;
  static final int MAX_BATCH = 256;

  /** ResNet-18 on large images holds far more activations per example: smaller batches. */
  static final int MAX_RESNET_BATCH = 64;

  static final int MIN_EPOCHS = 5;
  static final int MAX_EPOCHS = 100;
  static final double LEARNING_RATE = 1e-3;
  static final double GAMMA = 0.1;

  /**
   * The defaults for {@code trainingImages} images and {@code model}, with the user's batch size,
   * which the epochs then fit, if given.
   *
   * @param trainingImages N, at least 1
   * @param model the network
   * @param batchSize the user's M, or 0 to choose one
   * @return the defaults
   */
  public static ImageDefaults of(int trainingImages, ImageModel model, int batchSize) {
    if (trainingImages < 1) {
      throw new IllegalArgumentException("no training images");
    }
    int max = maxBatch(model);
    double hundredth = trainingImages / 100.0;
    int batch = 1 << Math.max(0, (int) Math.round(Math.log(Math.max(1, hundredth)) / Math.log(2)));
    batch = Math.min(trainingImages, Math.max(MIN_BATCH, Math.min(max, batch)));
    if (batchSize > 0) {
      batch = batchSize;
    }
    int steps = Math.max(1, trainingImages / batch);
    int epochs = Math.max(MIN_EPOCHS, Math.min(MAX_EPOCHS, (STEPS + steps - 1) / steps));
    return new ImageDefaults(trainingImages, model, LEARNING_RATE, GAMMA, batch, epochs);
  }

  private static int maxBatch(ImageModel model) {
    return model == ImageModel.RESNET18 ? MAX_RESNET_BATCH : MAX_BATCH;
  }

  /** Optimizer steps per epoch: ⌊N / M⌋, at least 1. */
  public int stepsPerEpoch() {
    return Math.max(1, trainingImages / batchSize);
  }

  /** Why the learning rate. */
  public String learningRateReason() {
    return "Adam's customary rate for "
        + model.title()
        + " (the image presets' published 5e-6..1e-5 are slow on purpose)";
  }

  /** Why the mixing rate. */
  public String gammaReason() {
    return "the mix moves a tenth of the way to the latest class losses each epoch";
  }

  /** Why the batch size. */
  public String batchSizeReason() {
    return String.format(
        Locale.ROOT,
        "the power of two nearest N/100 = %.0f (N = %d training images), within %d..%d for %s",
        trainingImages / 100.0,
        trainingImages,
        MIN_BATCH,
        maxBatch(model),
        model.title());
  }

  /** Why the epochs. */
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
