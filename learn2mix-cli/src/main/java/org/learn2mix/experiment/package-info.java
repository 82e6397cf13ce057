/**
 * Experiments: the published presets, the settings a user resolves from them, and the runner that
 * trains every strategy with every seed and aggregates the results.
 */
package org.learn2mix.experiment;
