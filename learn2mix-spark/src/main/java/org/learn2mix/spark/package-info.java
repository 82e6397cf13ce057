/**
 * Sweeps on Apache Spark: the driver writes the sweep's plan, hands each cell to Spark as one task
 * (which trains it in a JVM of its own on the executor, into the shared sweep folder), then
 * assembles the report. Spark is provided by the cluster.
 */
package org.learn2mix.spark;
