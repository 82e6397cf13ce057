/**
 * Result files, console tables and the report. Every file is written whole to a temporary sibling
 * and moved into place atomically ({@link org.learn2mix.results.AtomicFiles}), so a reader (or a
 * killed run) only ever sees a complete version; {@code summary.json} is {@link
 * org.learn2mix.results.SummaryJson}'s to write and read. The report ({@link
 * org.learn2mix.report.RunReport}) is computed from a run folder's files alone, read back by {@link
 * org.learn2mix.report.runs.RunFolderReader}, so it can be rebuilt at any time without training.
 */
package org.learn2mix.report;
