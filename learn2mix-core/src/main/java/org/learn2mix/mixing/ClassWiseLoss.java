package org.learn2mix.mixing;

import java.util.Arrays;

/**
 * Accumulates the class-wise training losses L from per-batch class means (SPEC section 4).
 *
 * <p>For each batch the caller reports, per class, the mean per-example loss of that class's
 * examples and how many there were. A class that appears in no batch of an epoch keeps its previous
 * L; one never observed at all gets the mean of the observed classes' L.
 */
public final class ClassWiseLoss {
  private final LossSignal signal;
  private final double[] sum;
  private final int[] batches;
  private final double[] previous;
  private final boolean[] everObserved;

  /**
   * An accumulator for {@code k} classes, with nothing recorded yet.
   *
   * @param k the number of classes, at least 1
   * @param signal which batches of an epoch make up L
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public ClassWiseLoss(int k, LossSignal signal) {
    if (k < 1) {
      throw new IllegalArgumentException("need at least one class, got " + k);
    }
    this.signal = signal;
    this.sum = new double[k];
    this.batches = new int[k];
    this.previous = new double[k];
    this.everObserved = new boolean[k];
  }

  /**
   * The signal this accumulator computes.
   *
   * @return the signal given at construction
   */
  public LossSignal signal() {
    return signal;
  }

  /**
   * Records one batch.
   *
   * @param classMeanLoss mean per-example loss of each class's examples in the batch (ignored where
   *     the count is 0)
   * @param classCounts number of examples of each class in the batch
   * @throws IllegalArgumentException if either array's length is not the class count, or a present
   *     class's loss is negative or not finite
   */
  public void addBatch(double[] classMeanLoss, int[] classCounts) {
    if (classMeanLoss.length != sum.length || classCounts.length != sum.length) {
      throw new IllegalArgumentException("expected " + sum.length + " classes per batch");
    }
    for (int i = 0; i < sum.length; i++) {
      if (classCounts[i] <= 0) {
        continue;
      }
      double loss = classMeanLoss[i];
      if (!(loss >= 0) || Double.isInfinite(loss)) {
        throw new IllegalArgumentException("loss of class " + (i + 1) + " is " + loss);
      }
      if (signal == LossSignal.LAST_BATCH) {
        sum[i] = loss;
        batches[i] = 1;
      } else {
        sum[i] += loss;
        batches[i]++;
      }
    }
  }

  /**
   * L for the batches recorded since the last {@link #closeEpoch()}, with the fallbacks for classes
   * not seen. Does not reset anything.
   *
   * @return a fresh array of one loss per class: the mean (or last, per {@link #signal()}) of the
   *     class's batches this epoch; else its L of the last epoch it appeared in; else the mean of
   *     the classes known so far; all zeros if no class was ever observed
   */
  public double[] current() {
    double[] losses = new double[sum.length];
    boolean[] known = new boolean[sum.length];
    double observedSum = 0;
    int observed = 0;
    for (int i = 0; i < sum.length; i++) {
      if (batches[i] > 0) {
        losses[i] = sum[i] / batches[i];
        known[i] = true;
      } else if (everObserved[i]) {
        losses[i] = previous[i];
        known[i] = true;
      }
      if (known[i]) {
        observedSum += losses[i];
        observed++;
      }
    }
    double fallback = observed == 0 ? 0.0 : observedSum / observed;
    for (int i = 0; i < sum.length; i++) {
      if (!known[i]) {
        losses[i] = fallback;
      }
    }
    return losses;
  }

  /**
   * Ends the epoch: returns {@link #current()} and starts accumulating afresh. The classes observed
   * this epoch keep their L as the fallback for later epochs in which they do not appear.
   *
   * @return the epoch's class-wise losses L, one per class
   */
  public double[] closeEpoch() {
    double[] losses = current();
    for (int i = 0; i < sum.length; i++) {
      if (batches[i] > 0) {
        previous[i] = losses[i];
        everObserved[i] = true;
      }
    }
    Arrays.fill(sum, 0.0);
    Arrays.fill(batches, 0);
    return losses;
  }

  /** The last epoch's L of every class ever observed (0 for the others), for checkpoints. */
  double[] carried() {
    double[] carried = new double[previous.length];
    for (int i = 0; i < carried.length; i++) {
      carried[i] = everObserved[i] ? previous[i] : Double.NaN;
    }
    return carried;
  }

  /**
   * Restores what {@link #carried()} returned, at an epoch boundary. NaN marks a class never
   * observed.
   */
  void restoreCarried(double[] carried) {
    if (carried.length != previous.length) {
      throw new IllegalArgumentException("expected " + previous.length + " classes");
    }
    for (int i = 0; i < carried.length; i++) {
      everObserved[i] = !Double.isNaN(carried[i]);
      previous[i] = everObserved[i] ? carried[i] : 0;
    }
    Arrays.fill(sum, 0.0);
    Arrays.fill(batches, 0);
  }
}
