package org.learn2mix.data.tables;

import java.util.List;
import org.learn2mix.data.locate.RemoteFile;

/**
 * One published CSV file of a tabular data set: where it comes from, how its cells are separated
 * and which of its columns are read.
 *
 * @param remote its name, download location and published checksum
 * @param separator the character between cells, e.g. {@code ';'}
 * @param columns the columns read, in the order the table keeps them
 */
public record CsvFile(RemoteFile remote, char separator, List<TableColumn> columns) {
  /**
   * Copies the columns and checks there is at least one.
   *
   * @param remote its name, download location and published checksum
   * @param separator the cell separator, e.g. {@code ';'} or {@code ','}
   * @param columns the columns read, in the order the table keeps them; copied
   * @throws IllegalArgumentException if {@code remote} is null or there is no column
   */
  public CsvFile {
    columns = List.copyOf(columns);
    if (remote == null || columns.isEmpty()) {
      throw new IllegalArgumentException("a CSV file needs its remote file and its columns");
    }
  }

  /**
   * The file's name.
   *
   * @return the remote file's name, e.g. {@code housing.csv}
   */
  public String fileName() {
    return remote.fileName();
  }
}
