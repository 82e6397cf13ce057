package org.learn2mix.random;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * The SplitMix64 generator (Steele, Lea and Flood, 2014): a 64-bit state advanced by a fixed odd
 * constant and scrambled on output.
 *
 * <p>We use our own generator rather than {@link java.util.Random} or {@link
 * java.util.SplittableRandom} because results must be identical on every JDK, and because a
 * checkpoint must be able to store and restore the exact state ({@link #state()}). The bounded and
 * floating-point draws are defined here too, not inherited, for the same reason.
 */
public final class SplitMix64 implements RandomGenerator {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  private SplitMix64(long state) {
    this.state = state;
  }

  /**
   * A generator seeded with {@code seed}.
   *
   * @param seed any 64-bit value, used as the initial state; equal seeds give equal sequences
   * @return a new generator
   */
  public static SplitMix64 seeded(long seed) {
    return new SplitMix64(seed);
  }

  /**
   * A generator continuing from a state previously read with {@link #state()}.
   *
   * @param state a value returned by {@link #state()}
   * @return a new generator that draws exactly what the one whose state was read would have drawn
   *     next
   */
  public static SplitMix64 resume(long state) {
    return new SplitMix64(state);
  }

  /**
   * The stream named {@code purpose} of the master seed {@code seed}: independent of every other
   * purpose's stream and stable across versions.
   *
   * @param seed the run's master seed
   * @param purpose the stream's name, e.g. {@code init} or {@code epoch 3}; compared by its UTF-8
   *     bytes, so it is case-sensitive; must not be null
   * @return a new generator, the same for the same seed and purpose
   */
  public static SplitMix64 derive(long seed, String purpose) {
    long h = seed;
    for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
      h = mix(h ^ (b & 0xff)) + GOLDEN_GAMMA;
    }
    return new SplitMix64(mix(h));
  }

  /**
   * The current state; {@link #resume(long)} continues from it.
   *
   * @return the whole 64-bit state, which changes with every draw
   */
  public long state() {
    return state;
  }

  /**
   * The next 64 random bits: the state advanced by the golden-ratio constant, then scrambled.
   *
   * @return any {@code long}, all values equally likely
   */
  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /**
   * Uniform in [0, 1) with 53 random bits (the top bits of one {@link #nextLong()}).
   *
   * @return a multiple of 2<sup>-53</sup> in [0, 1)
   */
  @Override
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * Uniform integer in [0, bound), without modulo bias: 31-bit draws above the largest multiple of
   * {@code bound} are rejected and drawn again, so a call may consume more than one {@link
   * #nextLong()}.
   *
   * @param bound the exclusive upper limit, at least 1
   * @return an integer in [0, bound)
   * @throws IllegalArgumentException if {@code bound} is zero or negative
   */
  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, was " + bound);
    }
    long limit = (1L << 31) - ((1L << 31) % bound);
    long r;
    do {
      r = nextLong() >>> 33;
    } while (r >= limit);
    return (int) (r % bound);
  }

  /**
   * A standard normal draw by the Box–Muller transform; each call consumes two uniforms and keeps
   * no second value for later.
   *
   * @return a draw from N(0, 1), always finite
   */
  @Override
  public double nextGaussian() {
    double u1 = 1.0 - nextDouble(); // in (0, 1], so the logarithm is finite
    double u2 = nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /**
   * Shuffles {@code values} in place (Fisher–Yates, from the last element down), drawing one
   * bounded integer per element after the first.
   *
   * @param values the array to permute; empty and one-element arrays are left as they are
   */
  public void shuffle(int[] values) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
