package org.learn2mix.djl;

/** The training loss became NaN or infinite; the run stops rather than train on garbage. */
public final class NonFiniteLossException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception whose message names the value, the run, the epoch and the batch, and suggests a
   * smaller learning rate.
   *
   * @param where the run, e.g. {@code strategy learn2mix, seed 3}
   * @param epoch 1-based epoch
   * @param batch 1-based batch within the epoch
   * @param loss the offending value
   */
  public NonFiniteLossException(String where, int epoch, int batch, double loss) {
    super(
        "training loss became "
            + loss
            + " in "
            + where
            + ", epoch "
            + epoch
            + ", batch "
            + batch
            + "; try a smaller learning rate");
  }
}
