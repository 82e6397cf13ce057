package org.learn2mix.data.tables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.learn2mix.data.DataSetException;

/**
 * Every cell of a CSV file, as text: the header's column names and the data rows, each with the
 * line it was read from. The header is checked: every column has a name, no name repeats, and the
 * header is not a data row (a file without a header would otherwise lose its first row and name its
 * columns after numbers).
 *
 * @param file where the cells were read from
 * @param separator the cell separator used
 * @param header the column names, in file order
 * @param rows the data rows, each with one cell per column, stripped of blanks and quotes
 * @param lines for each row, the 1-based line of the file it starts on
 */
public record CsvCells(
    Path file, char separator, List<String> header, List<String[]> rows, int[] lines) {
  /**
   * Checks the header and that every row fits it.
   *
   * @param file where the cells were read from
   * @param separator the cell separator used
   * @param header the column names, copied
   * @param rows the data rows, copied (the arrays themselves are shared)
   * @param lines each row's line, copied
   * @throws IllegalArgumentException if a row does not fit the header or the line numbers do not
   *     fit the rows
   * @throws DataSetException naming the file if the header has a nameless or repeated column, or
   *     looks like data
   */
  public CsvCells {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
    lines = lines.clone();
    if (lines.length != rows.size()) {
      throw new IllegalArgumentException(
          lines.length + " line numbers for " + rows.size() + " rows");
    }
    checkHeader(file, header);
    for (String[] row : rows) {
      if (row.length != header.size()) {
        throw new IllegalArgumentException("a row of " + row.length + " cells");
      }
    }
    if (rows.isEmpty()) {
      throw new DataSetException(file + ": no data rows after the header line");
    }
  }

  private static void checkHeader(Path file, List<String> header) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> numbers = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c);
      if (name.isEmpty()) {
        throw new DataSetException(
            file
                + ": line 1: column "
                + (c + 1)
                + " has no name; the first line must name every column");
      }
      Integer before = seen.putIfAbsent(name, c);
      if (before != null) {
        throw new DataSetException(
            String.format(
                "%s: line 1: columns %d and %d are both called '%s'; column names must differ",
                file, before + 1, c + 1, name));
      }
      if (Cells.isNumber(name)) {
        numbers.add(name);
      }
    }
    if (numbers.size() == header.size()) {
      throw new DataSetException(
          file
              + ": line 1 holds numbers ("
              + String.join(", ", header.subList(0, Math.min(3, header.size())))
              + (header.size() > 3 ? ", ..." : "")
              + ") where a header line naming the columns is needed; add one");
    }
  }

  /**
   * The number of data rows.
   *
   * @return the rows, the header not counted
   */
  public int size() {
    return rows.size();
  }

  /**
   * Where a column is.
   *
   * @param name a column name
   * @return its 0-based position, or -1 if no column has that name
   */
  public int columnIndex(String name) {
    return header.indexOf(name);
  }

  /**
   * One cell.
   *
   * @param row a 0-based data row
   * @param column a 0-based column
   * @return the cell's text, stripped
   */
  public String cell(int row, int column) {
    return rows.get(row)[column];
  }

  /**
   * Where a row was read.
   *
   * @param row a 0-based data row
   * @return the 1-based line of the file it starts on
   */
  public int line(int row) {
    return lines[row];
  }

  /**
   * Each row's line.
   *
   * @return a copy of the line numbers, one per row
   */
  @Override
  public int[] lines() {
    return lines.clone();
  }
}
