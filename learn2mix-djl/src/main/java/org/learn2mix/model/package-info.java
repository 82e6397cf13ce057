/**
 * The networks of the published experiments, built from DJL blocks, and their PyTorch-default
 * initialisation drawn from the run's seed so that every strategy starts from the same weights.
 */
package org.learn2mix.model;
