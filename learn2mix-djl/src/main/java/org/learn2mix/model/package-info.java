/**
 * The networks of the published experiments, built from DJL blocks, and their PyTorch-default
 * initialisation drawn from the run's seed so that every strategy starts from the same weights.
 *
 * <p>ResNet-18 and the IMDB Transformer are built here too, layer by layer, because DJL's own
 * versions are other networks (a CIFAR-style ResNet; an encoder block with batch norm and another
 * residual). Layers that PyTorch initialises in their own way declare it ({@link
 * org.learn2mix.model.TorchInitialised}).
 */
package org.learn2mix.model;
