/**
 * Results of training runs, independent of any command line: the epochs of each run ({@link
 * org.learn2mix.results.RunResult}), their aggregate over seeds at the checkpoint epochs ({@link
 * org.learn2mix.results.ExperimentSummary}, mean ± population std), learn2mix against classical
 * paired by seed ({@link org.learn2mix.results.Verdict}), where and with what they were produced
 * ({@link org.learn2mix.results.Provenance}), and {@code summary.json}, the one file that states
 * all of it ({@link org.learn2mix.results.SummaryJson} is the only class that knows its layout).
 *
 * <p>Result files are never seen half-written: {@link org.learn2mix.results.AtomicFiles} writes
 * each one whole beside its target and moves it into place, and {@link
 * org.learn2mix.results.FolderLock} lets only one process at a time write into a results folder.
 */
package org.learn2mix.results;
