package org.learn2mix.data.published;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterExponentialSampler;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;
import org.learn2mix.random.SplitMix64;

/**
 * The synthetic mean-estimation data set (SPEC section 7): each example is ten i.i.d. draws from
 * one of four distributions, and the target is that distribution's mean. The distribution is the
 * mixing class. Generated from a seed, so every user gets the same data for the same seed.
 */
public final class MeanEstimation {
  /** Draws per example. */
  public static final int DRAWS = 10;

  /** The four generating distributions, in class order. */
  public static final List<String> CLASS_NAMES =
      List.of("normal", "exponential", "chi-squared", "uniform");

  private static final int[] TRAIN_COUNTS = {1000, 1000, 800, 200};
  private static final int[] TEST_COUNTS = {1000, 1000, 1000, 1000};

  private MeanEstimation() {}

  /**
   * The published data set for {@code seed}: 3,000 training and 4,000 test examples.
   *
   * @param seed any value; the same seed gives the same data on every machine
   * @return the regression task, {@link #DRAWS} features and one target per example; the training
   *     set holds 1,000 normal, 1,000 exponential, 800 chi-squared and 200 uniform examples, the
   *     test set 1,000 of each
   */
  public static TaskData generate(long seed) {
    UniformRandomProvider rng = SplitMix64.derive(seed, "mean-estimation")::nextLong;
    Examples train = examples(rng, TRAIN_COUNTS);
    Examples test = examples(rng, TEST_COUNTS);
    return new TaskData("mean-estimation", Task.REGRESSION, train, test, CLASS_NAMES);
  }

  private static Examples examples(UniformRandomProvider rng, int[] counts) {
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    float[] features = new float[total * DRAWS];
    float[] targets = new float[total];
    int[] classes = new int[total];
    int n = 0;
    for (int c = 0; c < counts.length; c++) {
      for (int i = 0; i < counts[c]; i++, n++) {
        classes[n] = c;
        targets[n] = (float) drawExample(c, rng, features, n * DRAWS);
      }
    }
    return new Examples(features, new long[] {DRAWS}, targets, 1, classes);
  }

  /** Fills ten draws of distribution {@code c} with freshly drawn parameters; returns the mean. */
  private static double drawExample(int c, UniformRandomProvider rng, float[] into, int at) {
    switch (c) {
      case 0 -> {
        double mean = rng.nextDouble();
        var normal = GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), mean, 1.0);
        fill(into, at, normal::sample);
        return mean;
      }
      case 1 -> {
        double scale = nonZeroUniform(rng);
        var exponential = AhrensDieterExponentialSampler.of(rng, scale);
        fill(into, at, exponential::sample);
        return scale;
      }
      case 2 -> {
        // Chi-squared with df degrees of freedom is Gamma(shape df/2, scale 2); its mean is df.
        double df = nonZeroUniform(rng);
        var chiSquared = AhrensDieterMarsagliaTsangGammaSampler.of(rng, df / 2, 2.0);
        fill(into, at, chiSquared::sample);
        return df;
      }
      case 3 -> {
        double centre = 20 + 30 * rng.nextDouble();
        var uniform = ContinuousUniformSampler.of(rng, centre - 10, centre + 10);
        fill(into, at, uniform::sample);
        return centre;
      }
      default -> throw new IllegalArgumentException("no distribution for class " + c);
    }
  }

  /** U(0, 1) without 0, which is not a valid scale or number of degrees of freedom. */
  private static double nonZeroUniform(UniformRandomProvider rng) {
    return 1.0 - rng.nextDouble();
  }

  private static void fill(float[] into, int at, java.util.function.DoubleSupplier draw) {
    for (int d = 0; d < DRAWS; d++) {
      into[at + d] = (float) draw.getAsDouble();
    }
  }
}
