package org.learn2mix.experiment;

import java.util.function.UnaryOperator;

/**
 * How the authors' script for one preset departs from the paper's text: the departures in words,
 * and the transformation that turns the paper's preset into the script's.
 *
 * @param departures one line listing what the script does differently
 * @param variant makes the script's preset from the paper's
 */
public record ReferenceCode(String departures, UnaryOperator<Preset> variant) {
  /** The script's preset: {@code variant} applied to {@code paper}. */
  public Preset applyTo(Preset paper) {
    return variant.apply(paper);
  }
}
