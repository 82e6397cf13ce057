package org.learn2mix.model;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.learn2mix.random.SplitMix64;

/**
 * Adds independent Gaussian noise N(0, σ²) to every weight and bias of an initialised block, as
 * scripts do that start many runs from one base network and perturb it per run. Other parameters
 * (normalisation scales and shifts, running statistics) are left alone.
 */
public final class WeightNoise {
  private WeightNoise() {}

  /**
   * Adds noise of standard deviation {@code std} to every weight and bias of {@code block}.
   *
   * @param block an initialised block
   * @param std σ, at least 0; 0 leaves the block unchanged
   * @param random the generator to draw from, in the order of {@code block.getParameters()}
   * @throws IllegalArgumentException if {@code std} is negative or not finite
   */
  public static void add(Block block, double std, SplitMix64 random) {
    if (!(std >= 0) || Double.isInfinite(std)) {
      throw new IllegalArgumentException("noise must have a finite std >= 0, was " + std);
    }
    if (std == 0) {
      return;
    }
    for (Pair<String, Parameter> entry : block.getParameters()) {
      Parameter parameter = entry.getValue();
      if (parameter.getType() != Parameter.Type.WEIGHT
          && parameter.getType() != Parameter.Type.BIAS) {
        continue;
      }
      float[] values = parameter.getArray().toFloatArray();
      for (int i = 0; i < values.length; i++) {
        values[i] = (float) (values[i] + std * random.nextGaussian());
      }
      parameter.getArray().set(values);
    }
  }
}
