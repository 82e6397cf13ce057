package org.learn2mix.data.tables;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.learn2mix.data.DataSetException;
import org.learn2mix.data.locate.FileContent;

/**
 * Reads the columns a data set needs from a CSV file with a header line, checking every cell.
 *
 * <p>Columns are found by their names in the header, so their order does not matter and other
 * columns are ignored. Every row must have as many cells as the header. Quoted cells are unquoted
 * (Wine Quality quotes its header), surrounding blanks are ignored and blank lines are skipped. Any
 * problem is a {@link DataSetException} of one line naming the file, the line and, for a bad cell,
 * the column.
 */
public final class CsvReader {
  private static final CsvMapper MAPPER = new CsvMapper();

  static {
    MAPPER.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
  }

  private CsvReader() {}

  /**
   * Reads {@code columns} from {@code content}, the bytes of {@code file} (UTF-8).
   *
   * @param file the file, for messages
   * @param content the file's content, already decompressed
   * @param separator the cell separator, e.g. {@code ';'} or {@code ','}
   * @param columns the columns to read, found by name in the header line
   * @return the table of {@code columns}, in their order, with a value for every data row
   * @throws DataSetException naming the file and line of the first problem: malformed CSV, no
   *     header or no data rows, a column missing from the header, a row of the wrong width, or a
   *     cell that is empty where a value is required, not a number, or not one of its levels
   */
  public static Table read(Path file, byte[] content, char separator, List<TableColumn> columns) {
    Rows[] rows = new Rows[1];
    forEachRecord(
        file,
        content,
        separator,
        Integer.MAX_VALUE,
        (cells, line) -> {
          if (rows[0] == null) {
            rows[0] = new Rows(file, header(cells), columns);
          } else {
            rows[0].add(cells, line);
          }
          return true;
        });
    if (rows[0] == null) {
      throw new DataSetException(
          file
              + ": empty file; expected a header line naming the columns "
              + columns.stream().map(TableColumn::name).toList());
    }
    return rows[0].table();
  }

  /**
   * Reads every cell of {@code content}, the bytes of {@code file} (UTF-8), as text: a header line
   * naming the columns, then rows of as many cells. Cells are stripped of surrounding blanks and
   * quotes; blank lines are skipped.
   *
   * @param file the file, for messages
   * @param content the file's bytes
   * @param separator the cell separator
   * @return the header and the rows
   * @throws DataSetException naming the file and line of the first problem: no header, a header
   *     that repeats or omits a name, a row of the wrong length, text that is not valid CSV
   */
  public static CsvCells cells(Path file, byte[] content, char separator) {
    List<String> header = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    forEachRecord(
        file,
        content,
        separator,
        Integer.MAX_VALUE,
        (cells, line) -> {
          if (lines.isEmpty()) {
            header.addAll(header(cells));
            lines.add(line);
            return true;
          }
          if (cells.size() != header.size()) {
            throw wrongLength(file, line, cells.size(), header.size());
          }
          String[] row = new String[cells.size()];
          for (int c = 0; c < row.length; c++) {
            row[c] = cells.get(c).strip();
          }
          rows.add(row);
          lines.add(line);
          return true;
        });
    if (lines.isEmpty()) {
      throw new DataSetException(file + ": empty file; expected a header line naming the columns");
    }
    return new CsvCells(
        file,
        separator,
        header,
        rows,
        lines.subList(1, lines.size()).stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The number of cells in each of the first {@code records} records of {@code content} when
   * separated by {@code separator}, or empty if the text is not valid CSV with that separator.
   *
   * @param content a file's bytes, UTF-8
   * @param separator the separator tried
   * @param records how many records to look at
   * @return the widths, or empty
   */
  static Optional<List<Integer>> widths(byte[] content, char separator, int records) {
    List<Integer> widths = new ArrayList<>();
    try {
      forEachRecord(
          Path.of(""),
          content,
          separator,
          records,
          (cells, line) -> {
            widths.add(cells.size());
            return widths.size() < records;
          });
    } catch (DataSetException e) {
      return Optional.empty();
    }
    return Optional.of(widths);
  }

  /** Receives the records of a file one by one. */
  @FunctionalInterface
  private interface RecordVisitor {
    /**
     * Takes one record.
     *
     * @param cells its cells, as read (the list is reused for the next record)
     * @param line the line it starts on, 1-based
     * @return whether to read on
     */
    boolean visit(List<String> cells, int line);
  }

  /** Hands every record of {@code content} (the header too) to {@code visitor}, in order. */
  private static void forEachRecord(
      Path file, byte[] content, char separator, int limit, RecordVisitor visitor) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
    // A UTF-8 byte-order mark would keep a quoted first cell from being unquoted.
    int bom =
        content.length >= 3
                && (content[0] & 0xff) == 0xef
                && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf
            ? 3
            : 0;
    int line = 1;
    try (CsvParser parser =
        MAPPER
            .getFactory()
            .createParser(
                new InputStreamReader(
                    new ByteArrayInputStream(content, bom, content.length - bom),
                    StandardCharsets.UTF_8))) {
      parser.setSchema(schema);
      List<String> cells = new ArrayList<>();
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_ARRAY) {
          cells.clear();
          line = parser.currentLocation().getLineNr();
        } else if (token == JsonToken.VALUE_STRING) {
          cells.add(parser.getText());
        } else if (token == JsonToken.END_ARRAY && !visitor.visit(cells, line)) {
          return;
        }
      }
    } catch (StreamReadException e) {
      throw new DataSetException(
          file + ": line " + line + ": not valid CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw FileContent.cannotRead(file, e);
    }
  }

  private static DataSetException wrongLength(Path file, int line, int cells, int width) {
    return new DataSetException(
        String.format(
            "%s: line %d has %d value(s), but the header names %d columns",
            file, line, cells, width));
  }

  /** The header's names, without the byte-order mark some editors put before the first. */
  private static List<String> header(List<String> cells) {
    List<String> names = new ArrayList<>();
    for (String cell : cells) {
      names.add(cell.strip());
    }
    if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
      names.set(0, names.get(0).substring(1).strip());
    }
    return names;
  }

  /** The rows read so far, one growing array per wanted column. */
  private static final class Rows {
    private final Path file;
    private final List<TableColumn> columns;
    private final int width;
    private final int[] position;
    private double[][] values;
    private int count;

    Rows(Path file, List<String> header, List<TableColumn> columns) {
      this.file = file;
      this.columns = columns;
      this.width = header.size();
      this.position = new int[columns.size()];
      for (int c = 0; c < position.length; c++) {
        position[c] = header.indexOf(columns.get(c).name());
        if (position[c] < 0) {
          throw new DataSetException(
              String.format(
                  "%s: line 1: no column '%s' in the header (it has %s); is this the right file?",
                  file, columns.get(c).name(), header));
        }
      }
      this.values = new double[columns.size()][1024];
    }

    void add(List<String> cells, int line) {
      if (cells.size() != width) {
        throw wrongLength(file, line, cells.size(), width);
      }
      if (count == values[0].length) {
        for (int c = 0; c < values.length; c++) {
          values[c] = Arrays.copyOf(values[c], count * 2);
        }
      }
      for (int c = 0; c < position.length; c++) {
        values[c][count] = parse(cells.get(position[c]).strip(), columns.get(c), line, c);
      }
      count++;
    }

    private double parse(String cell, TableColumn column, int line, int c) {
      if (cell.isEmpty()) {
        if (column.missingAllowed()) {
          return Double.NaN;
        }
        throw badCell(line, c, "is empty, but a value is required");
      }
      if (!column.numeric()) {
        int level = column.levels().indexOf(cell);
        if (level < 0) {
          throw badCell(line, c, "'" + cell + "' is not one of " + column.levels());
        }
        return level;
      }
      if (!Cells.isNumber(cell)) {
        throw badCell(line, c, "'" + cell + "' is not a number");
      }
      return Double.parseDouble(cell);
    }

    private DataSetException badCell(int line, int c, String what) {
      return new DataSetException(
          String.format(
              "%s: line %d, column %d (%s): %s",
              file, line, position[c] + 1, columns.get(c).name(), what));
    }

    Table table() {
      if (count == 0) {
        throw new DataSetException(file + ": no data rows after the header line");
      }
      double[][] exact = new double[values.length][];
      for (int c = 0; c < exact.length; c++) {
        exact[c] = Arrays.copyOf(values[c], count);
      }
      return new Table(file, columns.stream().map(TableColumn::name).toList(), exact);
    }
  }
}
