package org.learn2mix.data.tables;

import java.nio.file.Path;
import java.util.List;

/**
 * The columns of one CSV file that a data set uses, parsed: a number as it is, a category as the
 * index of its level, a missing value as NaN. Columns the data set does not use are not kept.
 *
 * @param file where the table was read from
 * @param columns the column names, in the order of {@code values}
 * @param values for each column, its value in every row
 */
public record Table(Path file, List<String> columns, double[][] values) {
  /**
   * Copies the names and checks that every column has a value for every row.
   *
   * @param file where the table was read from
   * @param columns the column names, in the order of {@code values}; copied
   * @param values for each column, its value in every row; the outer array is copied, the columns
   *     are not
   * @throws IllegalArgumentException if there is not one value column per name, or the columns
   *     differ in length
   */
  public Table {
    columns = List.copyOf(columns);
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(values.length + " value columns for " + columns);
    }
    values = values.clone();
    for (int c = 0; c < values.length; c++) {
      if (values[c].length != values[0].length) {
        throw new IllegalArgumentException(
            "column "
                + columns.get(c)
                + " has "
                + values[c].length
                + " rows, not "
                + values[0].length);
      }
    }
  }

  /**
   * Number of data rows (the header not counted).
   *
   * @return the length of every column; 0 for a table without columns
   */
  public int rows() {
    return values.length == 0 ? 0 : values[0].length;
  }

  /**
   * The values of column {@code name} in every row.
   *
   * @param name the column's name in the header
   * @return a fresh copy of its values, in row order
   * @throws IllegalArgumentException if the table has no such column
   */
  public double[] column(String name) {
    int c = columns.indexOf(name);
    if (c < 0) {
      throw new IllegalArgumentException(
          file + " has no column " + name + " (it has " + columns + ")");
    }
    return values[c].clone();
  }

  /**
   * For each column, its value in every row.
   *
   * @return a fresh deep copy; changing it does not change the table
   */
  @Override
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int c = 0; c < copy.length; c++) {
      copy[c] = values[c].clone();
    }
    return copy;
  }
}
