/**
 * Training on DJL: the data set resident on the engine, batches gathered by index from a {@link
 * org.learn2mix.batching.BatchSource}, per-example losses, class-wise losses fed to {@link
 * org.learn2mix.mixing.AdaptiveMixing}, and evaluation on the test set after every epoch.
 *
 * <p>The loop is the same for every strategy; a strategy only decides where batches come from and
 * whether α moves.
 */
package org.learn2mix.train;
