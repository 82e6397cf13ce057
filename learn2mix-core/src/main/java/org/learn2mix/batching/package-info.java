/**
 * Which examples make up each batch: pure index arithmetic, no tensors.
 *
 * <p>{@link org.learn2mix.batching.ClassPools} splits the training set by class; {@link
 * org.learn2mix.batching.MixedBatches} composes batches from α (learn2mix and fixed-mix); {@link
 * org.learn2mix.batching.ShuffledBatches} cuts one permutation per epoch (classical training). Both
 * are {@link org.learn2mix.batching.BatchSource}s, so a training loop never knows which strategy it
 * runs.
 */
package org.learn2mix.batching;
