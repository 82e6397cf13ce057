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

  /** Number of data rows. */
  public int size() {
    return rows.size();
  }

  /** The position of the column called {@code name}, or -1. */
  public int columnIndex(String name) {
    return header.indexOf(name);
  }

  /** The cell of {@code row} in column {@code column}. */
  public String cell(int row, int column) {
    return rows.get(row)[column];
  }

  /** The 1-based file line of {@code row}. */
  public int line(int row) {
    return lines[row];
  }

  @Override
  public int[] lines() {
    return lines.clone();
  }
}
