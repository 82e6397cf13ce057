package org.learn2mix.data.tables;

import java.util.List;

/**
 * A column a CSV file must have, found by its name in the header line, and what its cells may hold.
 *
 * @param name the name in the header, e.g. {@code total_bedrooms}
 * @param levels for a categorical column, the values it may take, in code order; empty for a
 *     numeric column
 * @param missingAllowed whether an empty cell is allowed (it is read as a missing value, NaN);
 *     otherwise an empty cell is an error
 */
public record TableColumn(String name, List<String> levels, boolean missingAllowed) {
  /**
   * Copies the levels and checks the name.
   *
   * @param name the name in the header, not blank
   * @param levels for a categorical column, the values it may take, in code order; empty for a
   *     numeric column; copied
   * @param missingAllowed whether an empty cell is allowed, and read as NaN
   * @throws IllegalArgumentException if the name is null or blank
   */
  public TableColumn {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a column needs a name");
    }
    levels = List.copyOf(levels);
  }

  /**
   * A numeric column whose every cell must hold a number.
   *
   * @param name the name in the header, not blank
   * @return the column
   * @throws IllegalArgumentException if the name is null or blank
   */
  public static TableColumn number(String name) {
    return new TableColumn(name, List.of(), false);
  }

  /**
   * A categorical column whose every cell must hold one of {@code levels}; a cell is read as the
   * index of its level.
   *
   * @param name the name in the header, not blank
   * @param levels the values a cell may take, in code order
   * @return the column
   * @throws IllegalArgumentException if there are no levels, or the name is null or blank
   */
  public static TableColumn category(String name, List<String> levels) {
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("categorical column " + name + " needs its levels");
    }
    return new TableColumn(name, levels, false);
  }

  /**
   * This column with empty cells allowed, read as missing values.
   *
   * @return a new column of the same name and levels whose empty cells are read as NaN
   */
  public TableColumn orMissing() {
    return new TableColumn(name, levels, true);
  }

  /** Whether the column holds numbers rather than categories. */
  boolean numeric() {
    return levels.isEmpty();
  }

  /**
   * Numeric columns of these names, each required in every row.
   *
   * @param names the names in the header
   * @return one {@link #number} column per name, in the same order
   * @throws IllegalArgumentException if a name is null or blank
   */
  public static List<TableColumn> numbers(List<String> names) {
    return names.stream().map(TableColumn::number).toList();
  }
}
