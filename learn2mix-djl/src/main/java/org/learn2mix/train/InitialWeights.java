package org.learn2mix.train;

/**
 * Where a run's network starts when it is not drawn from the run's own seed: one base network,
 * initialised from {@code baseSeed} and so the same for every run, plus independent N(0, σ²) noise
 * on every weight and bias drawn from the run's seed.
 *
 * @param baseSeed seeds the base network, the same for every run
 * @param noiseStd σ of the noise added per run, at least 0 and finite
 */
public record InitialWeights(long baseSeed, double noiseStd) {
  /**
   * Validates σ.
   *
   * @param baseSeed seeds the base network
   * @param noiseStd σ, at least 0 and finite
   * @throws IllegalArgumentException if {@code noiseStd} is negative, NaN or infinite
   */
  public InitialWeights {
    if (!(noiseStd >= 0) || Double.isInfinite(noiseStd)) {
      throw new IllegalArgumentException("noise std must be finite and >= 0, was " + noiseStd);
    }
  }
}
