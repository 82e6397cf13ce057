/**
 * The PNG charts of a report, drawn with JFreeChart in one house style: convergence of the test
 * metric, the mixing proportions α, and the per-class metric at the last epoch.
 */
package org.learn2mix.report.charts;
