/**
 * What {@code learn2mix doctor} finds out about this machine and what it makes of it: the facts
 * (engine, CUDA, host, data sets) as records, gathered by {@link
 * org.learn2mix.doctor.MachineProbe}; the problems and notes they show, decided by {@link
 * org.learn2mix.doctor.ProblemDetector} from the facts alone (so a test can feed it any situation);
 * and the report's lines.
 */
package org.learn2mix.doctor;
