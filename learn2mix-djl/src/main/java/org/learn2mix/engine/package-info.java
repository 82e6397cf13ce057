/**
 * Starting DJL's PyTorch engine offline, from the native library packaged in the jar, and reporting
 * which versions ran.
 */
package org.learn2mix.engine;
