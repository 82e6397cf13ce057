/**
 * Seeded, portable randomness. Every run has one master seed; each component derives its own stream
 * from it by name, so that adding a component never shifts another's numbers, and the generator's
 * whole state is one {@code long} that a checkpoint can store.
 */
package org.learn2mix.random;
