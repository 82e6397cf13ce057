package org.learn2mix.data;

/**
 * NumPy's legacy {@code numpy.random.RandomState}, as far as {@code permutation(n)} goes: the
 * Mersenne Twister MT19937 seeded from one 32-bit integer ({@code init_genrand}), bounded integers
 * by masked rejection of 32-bit draws, and a Fisher–Yates shuffle from the last element down.
 *
 * <p>It exists for one purpose: scikit-learn's {@code train_test_split(..., random_state=42)} draws
 * its split from this generator, and the published California housing experiment's training set (N
 * = 3,641) is the one that split gives. Reproducing the generator reproduces that split exactly;
 * nothing else in learn2mix uses it (randomness is SplitMix64 everywhere else).
 */
public final class NumpyRandomState {
  private static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER = 0x80000000;
  private static final int LOWER = 0x7fffffff;

  private final int[] state = new int[N];
  private int position;

  /**
   * The generator {@code RandomState(seed)} makes.
   *
   * @param seed 0 to 2³² − 1, as NumPy requires
   * @throws IllegalArgumentException if {@code seed} lies outside 0..2³² − 1
   */
  public NumpyRandomState(long seed) {
    if (seed < 0 || seed > 0xffffffffL) {
      throw new IllegalArgumentException("a NumPy seed lies in 0..2^32-1, got " + seed);
    }
    state[0] = (int) seed;
    for (int i = 1; i < N; i++) {
      int previous = state[i - 1];
      state[i] = 1812433253 * (previous ^ (previous >>> 30)) + i;
    }
    position = N;
  }

  /**
   * The next 32 random bits, as an unsigned value: MT19937's {@code genrand_int32}.
   *
   * @return a value in 0..2³² − 1
   */
  public long nextUnsignedInt() {
    if (position == N) {
      twist();
    }
    int y = state[position++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y & 0xffffffffL;
  }

  /**
   * A uniform integer in 0..max (inclusive), as NumPy's legacy {@code random_interval}: 32-bit
   * draws masked to the bits of {@code max}, drawn again while above it.
   *
   * @param max the largest value returned, in 0..2³² − 1
   * @return a value in 0..max
   * @throws IllegalArgumentException if {@code max} lies outside 0..2³² − 1
   */
  public long interval(long max) {
    if (max < 0 || max > 0xffffffffL) {
      throw new IllegalArgumentException("bound outside 0..2^32-1: " + max);
    }
    long mask = max;
    for (int shift = 1; shift <= 16; shift <<= 1) {
      mask |= mask >>> shift;
    }
    long value;
    do {
      value = nextUnsignedInt() & mask;
    } while (value > max);
    return value;
  }

  /**
   * {@code RandomState.permutation(n)}: 0..n-1 shuffled. Advances the generator by the draws the
   * shuffle takes, as NumPy's does.
   *
   * @param n how many values, 0 or more
   * @return a fresh array holding each of 0..n-1 once, in the order NumPy gives for this state
   */
  public int[] permutation(int n) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = (int) interval(i);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
    return values;
  }

  private void twist() {
    for (int k = 0; k < N; k++) {
      int y = (state[k] & UPPER) | (state[(k + 1) % N] & LOWER);
      state[k] = state[(k + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
    }
    position = 0;
  }
}
