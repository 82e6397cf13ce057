/**
 * Data sets as learn2mix sees them: host-side arrays of features, targets and the mixing class of
 * every example, split into a training and a test set, plus the generators and loaders that make
 * them.
 */
package org.learn2mix.data;
