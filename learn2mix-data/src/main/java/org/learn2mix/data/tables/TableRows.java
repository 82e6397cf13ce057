package org.learn2mix.data.tables;

import java.nio.file.Path;
import java.util.List;

/**
 * The data rows of a table of one's own: those of its file, followed by those of its test file
 * where it has one, each row knowing the file and line it came from, so that a message can name
 * them.
 */
final class TableRows {
  private final CsvCells train;
  private final CsvCells test;

  private TableRows(CsvCells train, CsvCells test) {
    this.train = train;
    this.test = test;
  }

  /** The rows of one file. */
  static TableRows of(CsvCells cells) {
    return new TableRows(cells, null);
  }

  /** The rows of a file and of its test file, which has the same columns in the same order. */
  static TableRows of(CsvCells train, CsvCells test) {
    return new TableRows(train, test);
  }

  /** The column names. */
  List<String> header() {
    return train.header();
  }

  /** Rows in all. */
  int size() {
    return train.size() + (test == null ? 0 : test.size());
  }

  /** Rows from the first file; the test file's rows follow them. */
  int firstFileRows() {
    return train.size();
  }

  /** Whether the test rows come from a file of their own. */
  boolean testFileGiven() {
    return test != null;
  }

  /** The cell of row {@code r}, column {@code c}. */
  String cell(int r, int c) {
    return r < train.size() ? train.cell(r, c) : test.cell(r - train.size(), c);
  }

  /** The file row {@code r} came from. */
  Path file(int r) {
    return r < train.size() ? train.file() : test.file();
  }

  /** The 1-based line of its file row {@code r} starts on. */
  int line(int r) {
    return r < train.size() ? train.line(r) : test.line(r - train.size());
  }
}
