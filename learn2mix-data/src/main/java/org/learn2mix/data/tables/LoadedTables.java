package org.learn2mix.data.tables;

import java.util.List;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.VerifiedFile;

/**
 * A tabular data set as read from its CSV files, before any preparation.
 *
 * @param tables one table per file, in the data set's file order
 * @param files the files read, with checksums, for provenance
 */
public record LoadedTables(List<Table> tables, List<VerifiedFile> files) implements LoadedData {
  /**
   * Copies the lists.
   *
   * @param tables one table per file, in the data set's file order; copied
   * @param files the files read, with checksums; copied
   * @throws IllegalArgumentException if there is no table
   */
  public LoadedTables {
    tables = List.copyOf(tables);
    files = List.copyOf(files);
    if (tables.isEmpty()) {
      throw new IllegalArgumentException("a tabular data set has at least one table");
    }
  }

  /**
   * The table read from the file called {@code fileName}.
   *
   * @param fileName the file's name without its folder, e.g. {@code winequality-red.csv}
   * @return the first table read from a file of that name
   * @throws IllegalArgumentException if no table came from such a file
   */
  public Table table(String fileName) {
    return tables.stream()
        .filter(t -> t.file().getFileName().toString().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table read from " + fileName));
  }
}
