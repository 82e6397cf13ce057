package org.learn2mix.data.published;

import java.util.ArrayList;
import java.util.List;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;
import org.learn2mix.random.SplitMix64;

/**
 * The example of Proposition 2.3 (SPEC section 11): features x ~ N(0, I_d) and, in class i, target
 * y = w_i·x + ε with ε ~ N(0, σ_i²). When every class has the same w, a linear model is well
 * specified, its best fit θ* = w is the same for every class, and the class losses at θ* are the
 * noise variances, L_i(θ*) = σ_i², so learn2mix's α tends to α*_i = σ_i² / Σ_j σ_j². The
 * misspecified variant gives the least noisy class a slope of its own, so that no one linear model
 * is best for every class. Generated from a seed; both variants draw the same x and ε for a seed
 * and differ only in that class's targets.
 */
public final class NoisyLinear {
  /** The number of features d. */
  public static final int DIMENSION = 5;

  /** The slope w shared by every class of the well-specified problem. */
  private static final double[] SLOPE = {1.0, -2.0, 0.5, 1.5, -1.0};

  /** σ_i, the noise standard deviation of each class. */
  private static final double[] NOISE = {0.5, 1.0, 1.5, 2.0};

  /** In the misspecified problem, class 1's first slope coordinate differs by this much. */
  private static final double SHIFT = 1.5;

  private static final int[] TRAIN_COUNTS = {8000, 8000, 4000, 4000};
  private static final int[] TEST_COUNTS = {1000, 1000, 1000, 1000};

  /** The well-specified problem: one slope w for every class. */
  public static final NoisyLinear WELL_SPECIFIED = new NoisyLinear("theory", false);

  /** The misspecified problem: class 1's slope is w + 1.5·e_1, the others' w. */
  public static final NoisyLinear MISSPECIFIED = new NoisyLinear("theory-misspecified", true);

  private final String name;
  private final double[][] slopes;

  private NoisyLinear(String name, boolean misspecified) {
    this.name = name;
    this.slopes = new double[NOISE.length][];
    for (int c = 0; c < NOISE.length; c++) {
      slopes[c] = SLOPE.clone();
    }
    if (misspecified) {
      slopes[0][0] += SHIFT;
    }
  }

  /**
   * The data set for {@code seed}: 24,000 training examples in classes of 8,000, 8,000, 4,000 and
   * 4,000 (so the data's own mix is far from α*), and 1,000 test examples per class.
   *
   * @param seed the run's seed
   * @return the task, a regression with d features and one target
   */
  public TaskData generate(long seed) {
    SplitMix64 random = SplitMix64.derive(seed, "noisy-linear");
    Examples train = examples(random, TRAIN_COUNTS);
    Examples test = examples(random, TEST_COUNTS);
    return new TaskData(name, Task.REGRESSION, train, test, classNames());
  }

  /**
   * The preset's name, also the task's.
   *
   * @return {@code theory} or {@code theory-misspecified}
   */
  public String name() {
    return name;
  }

  /**
   * The names of the classes, by their noise level.
   *
   * @return {@code sigma=0.5}, {@code sigma=1}, {@code sigma=1.5}, {@code sigma=2}
   */
  public static List<String> classNames() {
    List<String> names = new ArrayList<>();
    for (double sigma : NOISE) {
      names.add("sigma=" + (sigma == Math.rint(sigma) ? String.valueOf((int) sigma) : sigma));
    }
    return names;
  }

  /**
   * α* of Proposition 2.3 for a well-specified linear model: σ_i² / Σ_j σ_j², the same for both
   * variants, since it depends on the noise levels only (in the misspecified problem it is what α
   * would reach if the model were well specified).
   *
   * @return one share per class, summing to 1
   */
  public static List<Double> alphaStar() {
    double total = 0;
    for (double sigma : NOISE) {
      total += sigma * sigma;
    }
    List<Double> alpha = new ArrayList<>();
    for (double sigma : NOISE) {
      alpha.add(sigma * sigma / total);
    }
    return List.copyOf(alpha);
  }

  /**
   * The expected squared error of the linear model x ↦ θ·x + b on class {@code c}: σ_c² + |θ −
   * w_c|² + b², since x ~ N(0, I) and ε is independent of x.
   *
   * @param c the class, 0-based
   * @param theta the model's slope, d values
   * @param bias the model's intercept b
   * @return L_c(θ, b)
   * @throws IllegalArgumentException if {@code theta} does not have d values
   */
  public double expectedLoss(int c, double[] theta, double bias) {
    if (theta.length != DIMENSION) {
      throw new IllegalArgumentException(
          "a slope has " + DIMENSION + " values, was given " + theta.length);
    }
    double loss = NOISE[c] * NOISE[c] + bias * bias;
    for (int j = 0; j < DIMENSION; j++) {
      double gap = theta[j] - slopes[c][j];
      loss += gap * gap;
    }
    return loss;
  }

  /**
   * The slope w_c of class {@code c}.
   *
   * @param c the class, 0-based
   * @return a copy of its d slope coordinates
   */
  public double[] slope(int c) {
    return slopes[c].clone();
  }

  /**
   * The number of classes k.
   *
   * @return 4
   */
  public int classCount() {
    return NOISE.length;
  }

  private Examples examples(SplitMix64 random, int[] counts) {
    int total = 0;
    for (int count : counts) {
      total += count;
    }
    float[] features = new float[total * DIMENSION];
    float[] targets = new float[total];
    int[] classes = new int[total];
    int n = 0;
    for (int c = 0; c < counts.length; c++) {
      for (int i = 0; i < counts[c]; i++, n++) {
        double y = 0;
        for (int j = 0; j < DIMENSION; j++) {
          double x = random.nextGaussian();
          features[n * DIMENSION + j] = (float) x;
          y += slopes[c][j] * x;
        }
        targets[n] = (float) (y + NOISE[c] * random.nextGaussian());
        classes[n] = c;
      }
    }
    return new Examples(features, new long[] {DIMENSION}, targets, 1, classes);
  }
}
