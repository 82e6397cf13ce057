package org.learn2mix.cli;

/**
 * Where the help texts of the options that several commands share ({@link DataDir}, {@link
 * ResultsFolder}, {@link SeedCount}, {@link DeviceChoice}) live: one resource bundle, keyed by
 * command and option (e.g. {@code learn2mix.compare.out}), because each command words its default
 * differently. A command that uses one of these options names the bundle in its {@code @Command}.
 */
final class SharedOptions {
  /** The resource bundle holding the texts, for {@code @Command(resourceBundle = ...)}. */
  static final String HELP = "org.learn2mix.cli.SharedOptions";

  private SharedOptions() {}
}
