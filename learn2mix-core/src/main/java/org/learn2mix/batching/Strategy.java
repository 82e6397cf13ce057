package org.learn2mix.batching;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.learn2mix.mixing.AdaptiveMixing;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.random.SplitMix64;

/** How batches are drawn and whether the mixing proportions adapt (SPEC section 5). */
public enum Strategy {
  /** Batches composed from α, which moves toward the classes with the highest loss. */
  LEARN2MIX("learn2mix"),
  /** One random permutation of the training set per epoch, cut into batches. */
  CLASSICAL("classical"),
  /** Batches composed from the data set's own mix α̃, which never moves: stratified batches. */
  FIXED_MIX("fixed-mix"),
  /**
   * Classical batches, trained on the class-weighted focal loss (classification only): the usual
   * remedy for imbalance that learn2mix is compared with.
   */
  FOCAL("focal");

  private final String label;

  Strategy(String label) {
    this.label = label;
  }

  /**
   * The name used on the command line and in result files.
   *
   * @return the label, e.g. {@code fixed-mix}
   */
  public String label() {
    return label;
  }

  /**
   * Whether batches are composed class by class from α.
   *
   * @return true for learn2mix and fixed-mix, false for classical and focal
   */
  public boolean composesByClass() {
    return this == LEARN2MIX || this == FIXED_MIX;
  }

  /**
   * Whether the training loss is the focal loss instead of the task's own.
   *
   * @return true for focal only
   */
  public boolean trainsOnFocalLoss() {
    return this == FOCAL;
  }

  /**
   * Whether α moves during training.
   *
   * @return true for learn2mix only
   */
  public boolean adapts() {
    return this == LEARN2MIX;
  }

  /**
   * The mixing settings this strategy really uses: {@code requested}, or frozen if it does not
   * adapt.
   *
   * @param requested the settings asked for
   * @return {@code requested} for learn2mix, otherwise the same settings with γ = 0
   */
  public MixingSettings effective(MixingSettings requested) {
    return adapts() ? requested : requested.frozen();
  }

  /**
   * This strategy's batch source.
   *
   * @param pools the training set by class
   * @param batchSize M
   * @param random the source's own generator
   * @param mixing the run's α, read for every composed batch, and its allocation rule (both ignored
   *     by classical and focal)
   * @return a {@link MixedBatches} for learn2mix and fixed-mix, a {@link ShuffledBatches} for
   *     classical and focal; no epoch started yet
   * @throws IllegalArgumentException if {@code batchSize} is less than 1 or larger than the
   *     training set
   */
  public BatchSource batches(
      ClassPools pools, int batchSize, SplitMix64 random, AdaptiveMixing mixing) {
    return composesByClass()
        ? new MixedBatches(
            pools, batchSize, random, mixing::proportions, mixing.settings().allocation())
        : new ShuffledBatches(pools, batchSize, random);
  }

  /**
   * The strategy called {@code label}.
   *
   * @param label a label as {@link #label()} returns it, e.g. {@code learn2mix}; case-sensitive
   * @return the strategy with that label
   * @throws IllegalArgumentException naming the known strategies if there is none
   */
  public static Strategy fromLabel(String label) {
    for (Strategy s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown strategy '" + label + "' (known: " + labels() + ")");
  }

  /**
   * All strategy names, comma-separated.
   *
   * @return the labels in declaration order, e.g. for help and error messages
   */
  public static String labels() {
    return Arrays.stream(values()).map(Strategy::label).collect(Collectors.joining(", "));
  }
}
