/**
 * Starting DJL's PyTorch engine offline, from the native library packaged in the jar, and reporting
 * which versions ran and on which device.
 */
package org.learn2mix.engine;
