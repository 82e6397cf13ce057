package org.learn2mix.sweep;

import org.learn2mix.batching.Strategy;

/**
 * One training of a sweep: one strategy with one seed at one setting. A strategy that does not use
 * γ ({@link Strategy#adapts()} false) trains once per batch size and learning rate, at the sweep's
 * first γ, and serves every γ of the grid: its name leaves γ out.
 *
 * @param strategy the strategy
 * @param seed the seed
 * @param setting the hyperparameters it trains with
 */
public record Cell(Strategy strategy, long seed, Setting setting) {
  /** Validates. */
  public Cell {
    if (strategy == null || setting == null) {
      throw new IllegalArgumentException("a cell needs a strategy and a setting");
    }
  }

  /**
   * The cell's name and folder name, e.g. {@code learn2mix-g0.05-b32-lr0.001-seed0}, or {@code
   * classical-b32-lr0.001-seed0} for a strategy that does not use γ.
   */
  public String id() {
    return strategy.label()
        + "-"
        + (sharedAcrossGamma() ? setting.withoutGamma() : setting.id())
        + "-seed"
        + seed;
  }

  /** Whether this cell serves every γ of the grid (its strategy does not use γ). */
  public boolean sharedAcrossGamma() {
    return !strategy.adapts();
  }
}
