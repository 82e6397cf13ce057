/**
 * The paper's published values (Tables 1 and 2, kept as data in {@code published.json}) and a run's
 * results held against them: per checkpoint and strategy, in band or not, and learn2mix − classical
 * ours against the paper's; runs with other settings are marked not comparable.
 */
package org.learn2mix.report.published;
