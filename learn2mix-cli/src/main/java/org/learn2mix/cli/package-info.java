/**
 * The {@code learn2mix} command: picocli sub-commands, progress display, and the one place ({@link
 * org.learn2mix.cli.Main}) that turns failures into a one-line message and an exit code.
 */
package org.learn2mix.cli;
