/**
 * Experiments: the published presets, presets made for a table of one's own ({@link
 * org.learn2mix.experiment.OwnTableExperiment}, with hyperparameters chosen for its size) or an
 * image folder of one's own ({@link org.learn2mix.experiment.OwnImageExperiment}), the settings a
 * user resolves from them, and the runner that trains every strategy with every seed; the results
 * and their aggregate are {@link org.learn2mix.results}'s.
 */
package org.learn2mix.experiment;
