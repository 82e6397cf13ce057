/**
 * The adaptive part of learn2mix: the mixing proportions α, the class-wise training losses that
 * drive them, and the rule α ← α + γ·(L/ΣL − α) applied after each epoch (or batch).
 *
 * <p>{@link org.learn2mix.mixing.AdaptiveMixing} ties these together and is the single
 * implementation used by the command line and by the DJL listener alike.
 */
package org.learn2mix.mixing;
