package org.learn2mix.mixing;

/** Turns mixing proportions into whole example counts for one batch. */
public final class Allocation {
  private Allocation() {}

  /**
   * Splits {@code total} examples by the largest-remainder method: each class first gets ⌊α_i·M⌋,
   * then the examples still missing go one each to the classes with the largest fractional parts,
   * ties to the lower class index. The counts always sum to exactly {@code total}, and each differs
   * from α_i·M by less than one.
   *
   * @param alpha the proportions α
   * @param total the number of examples M to split, at least 0
   * @return one count per class, each at least 0, summing to {@code total}
   * @throws IllegalArgumentException if {@code total} is negative
   */
  public static int[] largestRemainder(MixingProportions alpha, int total) {
    if (total < 0) {
      throw new IllegalArgumentException("cannot allocate a negative batch size " + total);
    }
    int k = alpha.classCount();
    int[] counts = new int[k];
    double[] remainders = new double[k];
    int assigned = 0;
    for (int i = 0; i < k; i++) {
      double exact = alpha.share(i) * total;
      counts[i] = (int) Math.floor(exact);
      remainders[i] = exact - counts[i];
      assigned += counts[i];
    }
    // Floating-point drift can make the floors overshoot by one; take it back from the smallest
    // remainders first so the sum is exact.
    while (assigned > total) {
      int j = pick(remainders, counts, false);
      counts[j]--;
      remainders[j] += 1;
      assigned--;
    }
    while (assigned < total) {
      int j = pick(remainders, counts, true);
      counts[j]++;
      remainders[j] = Double.NEGATIVE_INFINITY;
      assigned++;
    }
    return counts;
  }

  /**
   * Gives each class ⌊α_i·M⌋ examples and drops the fractional parts, as the authors' scripts do
   * ({@code int(alpha[i] * batch_size)}): the counts sum to at most {@code total}, and a class with
   * α_i·M &lt; 1 gets none. Only when every class would get none (possible when M is smaller than
   * the number of classes) does the class with the largest share get one example, so that no batch
   * is empty.
   *
   * @param alpha the proportions α
   * @param total the batch size M, at least 0
   * @return one count per class, each at least 0, summing to at most {@code total} (and at least 1
   *     when {@code total} is)
   * @throws IllegalArgumentException if {@code total} is negative
   */
  public static int[] truncated(MixingProportions alpha, int total) {
    if (total < 0) {
      throw new IllegalArgumentException("cannot allocate a negative batch size " + total);
    }
    int k = alpha.classCount();
    int[] counts = new int[k];
    int assigned = 0;
    int largest = 0;
    for (int i = 0; i < k; i++) {
      counts[i] = (int) Math.floor(alpha.share(i) * total);
      assigned += counts[i];
      if (alpha.share(i) > alpha.share(largest)) {
        largest = i;
      }
    }
    if (assigned == 0 && total > 0) {
      counts[largest] = 1;
    }
    return counts;
  }

  private static int pick(double[] remainders, int[] counts, boolean largest) {
    int best = -1;
    for (int i = 0; i < remainders.length; i++) {
      if (!largest && counts[i] == 0) {
        continue;
      }
      if (best < 0
          || (largest ? remainders[i] > remainders[best] : remainders[i] < remainders[best])) {
        best = i;
      }
    }
    return best;
  }
}
