/**
 * The PNG charts of a report, drawn with JFreeChart in one house style: convergence of the test
 * metric, the mixing proportions α, the per-class metric at the last epoch, and a sweep's final
 * metric against γ.
 */
package org.learn2mix.report.charts;
