package org.learn2mix.djl;

import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Sampler;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntUnaryOperator;
import org.learn2mix.batching.Batch;
import org.learn2mix.batching.BatchSource;
import org.learn2mix.batching.ClassPools;
import org.learn2mix.batching.Strategy;
import org.learn2mix.mixing.AdaptiveMixing;
import org.learn2mix.mixing.AllocationRule;
import org.learn2mix.mixing.LossSignal;
import org.learn2mix.mixing.MixingProportions;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.mixing.UpdateSchedule;
import org.learn2mix.random.SplitMix64;

/**
 * A DJL {@link Sampler} that composes every batch by learn2mix: about α_i·M examples of class i,
 * allocated by largest remainder, taken cyclically from each class's pool, which is reshuffled
 * every epoch. Pair it with a {@link Learn2MixListener}, which moves α after each epoch.
 *
 * <p>Each call of {@link #sample} starts a new epoch of P = max(1, ⌊N/M⌋) batches. The sampler can
 * also draw batches the classical way or stratified without adaptation ({@link
 * Builder#optStrategy}), so that a comparison changes nothing but the strategy.
 *
 * <pre>{@code
 * Learn2MixSampler sampler = Learn2MixSampler.builder()
 *     .setClasses(labels).setBatchSize(100).optGamma(0.1).optSeed(42).build();
 * ArrayDataset train = new ArrayDataset.Builder().setData(x).optLabels(y)
 *     .setSampling(sampler).build();
 * }</pre>
 */
public final class Learn2MixSampler implements Sampler {
  private final ClassPools pools;
  private final int batchSize;
  private final Strategy strategy;
  private final long seed;
  private final AdaptiveMixing mixing;
  private final BatchSource source;

  private Learn2MixSampler(Builder builder, ClassPools pools) {
    this.pools = pools;
    this.batchSize = builder.batchSize;
    this.strategy = builder.strategy;
    this.seed = builder.seed;
    MixingProportions initial =
        builder.initial != null ? builder.initial : MixingProportions.ofCounts(pools.sizes());
    if (initial.classCount() != pools.classCount()) {
      throw new IllegalArgumentException(
          "initial proportions have "
              + initial.classCount()
              + " classes, the labels "
              + pools.classCount());
    }
    MixingSettings settings =
        new MixingSettings(builder.gamma, builder.signal, builder.schedule, builder.allocation);
    this.mixing = new AdaptiveMixing(initial, strategy.effective(settings));
    this.source = strategy.batches(pools, batchSize, SplitMix64.derive(seed, "batches"), mixing);
  }

  /**
   * A builder for a sampler; {@code setClasses} and {@code setBatchSize} are required, everything
   * else has the defaults of the published experiments.
   *
   * @return a new builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a new epoch for {@code dataset}, as {@link #nextEpoch()} does, and hands out its batches
   * as DJL index lists.
   *
   * @param dataset the training set; only its size is read, which must be the number of examples
   *     whose classes were given to the builder (example i has the class given for index i)
   * @return the epoch's P batches, each a list of M indices into {@code dataset}; a batch is
   *     composed when it is asked for
   * @throws IllegalArgumentException if {@code dataset} has a different number of examples than the
   *     sampler knows the classes of
   */
  @Override
  public Iterator<List<Long>> sample(RandomAccessDataset dataset) {
    if (dataset.size() != pools.exampleCount()) {
      throw new IllegalArgumentException(
          "the data set has "
              + dataset.size()
              + " examples but the sampler knows the classes of "
              + pools.exampleCount());
    }
    Iterator<Batch> batches = nextEpoch();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return batches.hasNext();
      }

      @Override
      public List<Long> next() {
        return new IndexList(batches.next().indices());
      }
    };
  }

  /**
   * Starts a new epoch and returns its batches. Each batch is composed when it is asked for, so α
   * read by a batch is the one in force at that moment (this matters with per-batch updates).
   *
   * @return the epoch's P batches of M example indices with their class counts; {@code next()}
   *     throws {@link NoSuchElementException} after the last. Starting another epoch makes this
   *     iterator hand out that epoch's batches, so use one at a time
   */
  public Iterator<Batch> nextEpoch() {
    source.startEpoch();
    return batchesOfThisEpoch();
  }

  /**
   * Starts epoch {@code epoch} (1-based) and returns its batches; the next {@link #sample} or
   * {@link #nextEpoch} continues with the epoch after it. An epoch's batches depend only on the
   * seed, the epoch number and α, so a resumed run draws what an uninterrupted one would.
   *
   * @param epoch the epoch's number, from 1
   * @return the epoch's P batches, as {@link #nextEpoch()} returns them
   * @throws IllegalArgumentException if {@code epoch} is less than 1
   */
  public Iterator<Batch> epoch(int epoch) {
    source.startEpoch(epoch);
    return batchesOfThisEpoch();
  }

  private Iterator<Batch> batchesOfThisEpoch() {
    return new Iterator<>() {
      private int handedOut;

      @Override
      public boolean hasNext() {
        return handedOut < source.batchesPerEpoch();
      }

      @Override
      public Batch next() {
        if (!hasNext()) {
          throw new NoSuchElementException(
              "the epoch has " + source.batchesPerEpoch() + " batches");
        }
        handedOut++;
        return source.next();
      }
    };
  }

  /**
   * The batch size M.
   *
   * @return M as given to the builder, between 1 and the number of training examples
   */
  @Override
  public int getBatchSize() {
    return batchSize;
  }

  /**
   * P, the number of batches per epoch.
   *
   * @return max(1, ⌊N/M⌋) for N training examples and batch size M
   */
  public int batchesPerEpoch() {
    return source.batchesPerEpoch();
  }

  /**
   * The training set's class pools.
   *
   * @return the pools built from the classes given to the builder (immutable)
   */
  public ClassPools pools() {
    return pools;
  }

  /**
   * The mixing state that the listener updates and the batches follow.
   *
   * @return the sampler's own, live state (not a copy): what it is fed moves the next batches'
   *     composition; with a strategy that does not adapt, its γ is 0 and α never moves
   */
  public AdaptiveMixing mixing() {
    return mixing;
  }

  /**
   * Current α.
   *
   * @return the proportions the next composed batch follows, one share per class (immutable)
   */
  public MixingProportions proportions() {
    return mixing.proportions();
  }

  /**
   * How batches are drawn.
   *
   * @return the strategy given to the builder ({@link Strategy#LEARN2MIX} by default)
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * The seed batches are drawn with.
   *
   * @return the seed given to the builder (0 by default); the batches' own generator is derived
   *     from it
   */
  public long seed() {
    return seed;
  }

  /** Builds a {@link Learn2MixSampler}. */
  public static final class Builder {
    private int[] classes;
    private int classCount = -1;
    private int batchSize;
    private long seed;
    private double gamma = 0.1;
    private LossSignal signal = LossSignal.EPOCH_MEAN;
    private UpdateSchedule schedule = UpdateSchedule.PER_EPOCH;
    private AllocationRule allocation = AllocationRule.LARGEST_REMAINDER;
    private Strategy strategy = Strategy.LEARN2MIX;
    private MixingProportions initial;

    private Builder() {}

    /**
     * The class of every training example, in data set order. Required; replaces classes given
     * before.
     *
     * @param classOfExample per example its class, from 0 to k − 1; copied
     * @return this builder
     */
    public Builder setClasses(int[] classOfExample) {
      this.classes = classOfExample.clone();
      return this;
    }

    /**
     * The class of every training example, e.g. the labels of a classification set. Required;
     * replaces classes given before.
     *
     * @param classOfExample per example its class, from 0 to k − 1, in data set order; copied
     * @return this builder
     * @throws ArithmeticException if a class does not fit in an {@code int}
     */
    public Builder setClasses(long[] classOfExample) {
      int[] converted = new int[classOfExample.length];
      for (int i = 0; i < converted.length; i++) {
        converted[i] = Math.toIntExact(classOfExample[i]);
      }
      this.classes = converted;
      return this;
    }

    /**
     * The class of each of {@code size} examples, given by a function of the index. Required;
     * replaces classes given before.
     *
     * @param classOfExample maps an example's index (0 to {@code size} − 1) to its class (0 to k −
     *     1); called once per index, here
     * @param size the number of training examples N
     * @return this builder
     * @throws NegativeArraySizeException if {@code size} is negative
     */
    public Builder setClasses(IntUnaryOperator classOfExample, int size) {
      int[] computed = new int[size];
      for (int i = 0; i < size; i++) {
        computed[i] = classOfExample.applyAsInt(i);
      }
      this.classes = computed;
      return this;
    }

    /**
     * The number of classes k. Set it where k is known, so that {@link #build()} rejects a class
     * without training examples instead of silently dropping the highest classes when they have
     * none.
     *
     * @param k the number of classes, at least 1; a negative value restores the default, the
     *     largest class given plus one
     * @return this builder
     */
    public Builder optClassCount(int k) {
      this.classCount = k;
      return this;
    }

    /**
     * The batch size. Required.
     *
     * @param batchSize M, between 1 and the number of examples (checked by {@link #build()})
     * @return this builder
     */
    public Builder setBatchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    /**
     * The seed of the per-epoch shuffles; the same seed, classes and settings draw the same
     * batches.
     *
     * @param seed any value (default 0)
     * @return this builder
     */
    public Builder optSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The mixing rate: how far α moves toward the class-wise losses at each update.
     *
     * @param gamma γ, strictly between 0 and 1 (default 0.1); ignored by strategies that do not
     *     adapt
     * @return this builder
     * @throws IllegalArgumentException if {@code gamma} is not in (0, 1)
     */
    public Builder optGamma(double gamma) {
      if (!(gamma > 0 && gamma < 1)) {
        throw new IllegalArgumentException("gamma must be in (0, 1), was " + gamma);
      }
      this.gamma = gamma;
      return this;
    }

    /**
     * Which batches form the class-wise losses.
     *
     * @param signal the loss signal (default {@link LossSignal#EPOCH_MEAN}); not null
     * @return this builder
     */
    public Builder optSignal(LossSignal signal) {
      this.signal = signal;
      return this;
    }

    /**
     * When α moves.
     *
     * @param schedule the update schedule (default {@link UpdateSchedule#PER_EPOCH}); not null
     * @return this builder
     */
    public Builder optUpdate(UpdateSchedule schedule) {
      this.schedule = schedule;
      return this;
    }

    /**
     * γ, signal, schedule and allocation at once, replacing what {@link #optGamma}, {@link
     * #optSignal}, {@link #optUpdate} and {@link #optAllocation} set.
     *
     * @param settings the mixing settings to use; not null
     * @return this builder
     */
    public Builder optMixing(MixingSettings settings) {
      this.gamma = settings.gamma();
      this.signal = settings.signal();
      this.schedule = settings.schedule();
      this.allocation = settings.allocation();
      return this;
    }

    /**
     * How a learn2mix or fixed-mix batch's examples are shared out among the classes.
     *
     * @param rule the rule (default {@link AllocationRule#LARGEST_REMAINDER}); not null
     * @return this builder
     */
    public Builder optAllocation(AllocationRule rule) {
      this.allocation = rule;
      return this;
    }

    /**
     * How to draw batches.
     *
     * @param strategy the strategy (default {@link Strategy#LEARN2MIX}); not null
     * @return this builder
     */
    public Builder optStrategy(Strategy strategy) {
      this.strategy = strategy;
      return this;
    }

    /**
     * The starting α.
     *
     * @param initial one share per class; null (the default) starts from the data set's own mix α̃
     * @return this builder
     */
    public Builder optInitialProportions(MixingProportions initial) {
      this.initial = initial;
      return this;
    }

    /**
     * The sampler, with its mixing state at the starting α and no epoch started.
     *
     * @return a new sampler; the builder can be used again
     * @throws IllegalArgumentException if no classes were given, the batch size is not between 1
     *     and the number of examples, a class is negative or not below the class count, a class has
     *     no example, or the starting α has a different number of classes
     */
    public Learn2MixSampler build() {
      if (classes == null || classes.length == 0) {
        throw new IllegalArgumentException("setClasses is required and needs at least one example");
      }
      if (batchSize < 1 || batchSize > classes.length) {
        throw new IllegalArgumentException(
            "batch size must be between 1 and the "
                + classes.length
                + " examples, was "
                + batchSize);
      }
      int k = classCount;
      if (k < 0) {
        for (int c : classes) {
          k = Math.max(k, c + 1);
        }
      }
      return new Learn2MixSampler(this, ClassPools.of(classes, k));
    }
  }
}
