package org.learn2mix.train;

/** The training loss became NaN or infinite; the run stops rather than train on garbage. */
public final class NonFiniteLossException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Names where it happened. */
  public NonFiniteLossException(Strategy strategy, long seed, int epoch, int batch, double loss) {
    super(
        "training loss became "
            + loss
            + " in strategy "
            + strategy.label()
            + ", seed "
            + seed
            + ", epoch "
            + epoch
            + ", batch "
            + batch
            + "; try a smaller learning rate");
  }
}
