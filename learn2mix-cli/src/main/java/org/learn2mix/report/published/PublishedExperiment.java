package org.learn2mix.report.published;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the paper's tables: the preset it belongs to and the values it holds.
 *
 * @param preset the preset's name, e.g. {@code mean-estimation}
 * @param table where in the paper, e.g. {@code Table 2}
 * @param row the row's label there, e.g. {@code Mean Estim.}
 * @param epochs the paper's E for this experiment
 * @param cells the values the project holds; a cell not listed is not published here
 */
public record PublishedExperiment(
    String preset, String table, String row, int epochs, List<Cell> cells) {

  /**
   * One published value.
   *
   * @param fraction the column: the value after ⌈fraction · E⌉ epochs, in (0, 1]
   * @param strategy the strategy's name as this project spells it, e.g. {@code classical}
   * @param mean the mean over the paper's seeds
   * @param std the standard deviation over the paper's seeds
   */
  public record Cell(double fraction, String strategy, BigDecimal mean, BigDecimal std) {
    /** Validates. */
    public Cell {
      if (!(fraction > 0 && fraction <= 1)) {
        throw new IllegalArgumentException("fraction of E must be in (0, 1], was " + fraction);
      }
      if (strategy == null || strategy.isBlank()) {
        throw new IllegalArgumentException("a cell needs a strategy");
      }
      new PublishedValue(mean, std);
    }

    /** The epoch of this column in an experiment of {@code epochs} epochs. */
    public int epoch(int epochs) {
      return (int) Math.ceil(fraction * epochs);
    }

    /** The value. */
    public PublishedValue value() {
      return new PublishedValue(mean, std);
    }
  }

  /** Validates and copies. */
  public PublishedExperiment {
    if (preset == null || preset.isBlank() || table == null || row == null) {
      throw new IllegalArgumentException("a published experiment needs a preset, table and row");
    }
    if (epochs < 1) {
      throw new IllegalArgumentException(preset + ": epochs must be at least 1, was " + epochs);
    }
    cells = List.copyOf(cells == null ? List.of() : cells);
    Set<String> seen = new HashSet<>();
    for (Cell cell : cells) {
      if (!seen.add(cell.epoch(epochs) + " " + cell.strategy())) {
        throw new IllegalArgumentException(
            preset + " lists " + cell.strategy() + " at epoch " + cell.epoch(epochs) + " twice");
      }
    }
  }

  /** The published value of {@code strategy} after {@code epoch} epochs, if the project has it. */
  public Optional<PublishedValue> at(int epoch, String strategy) {
    return cells.stream()
        .filter(c -> c.epoch(epochs) == epoch && c.strategy().equals(strategy))
        .findFirst()
        .map(Cell::value);
  }
}
