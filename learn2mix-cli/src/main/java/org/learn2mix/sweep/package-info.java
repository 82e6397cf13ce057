/**
 * Sweeps: a grid of settings (γ, batch size, learning rate) × strategies × seeds, one training per
 * cell, each cell written as a one-run comparison folder; running the cells in worker JVMs of their
 * own (locally, as a shard, or as cluster tasks), with an atomic claim per cell, resume from its
 * checkpoint and a bounded number of tries; and assembling one comparison folder per setting plus
 * the sweep's report ({@code sweep.html}, {@code summary.json}, {@code sensitivity.png}).
 */
package org.learn2mix.sweep;
