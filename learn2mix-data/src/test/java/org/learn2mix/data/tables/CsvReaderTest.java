package org.learn2mix.data.tables;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.DataSetException;

/** The CSV reader on small tables: what it accepts, and the one line it says about bad input. */
class CsvReaderTest {
  private static final Path FILE = Path.of("/data/t.csv");
  private static final List<TableColumn> AB =
      List.of(TableColumn.number("a"), TableColumn.number("b"));

  private static Table read(String text, char separator, List<TableColumn> columns) {
    return CsvReader.read(FILE, text.getBytes(StandardCharsets.UTF_8), separator, columns);
  }

  private static String error(String text, List<TableColumn> columns) {
    return assertThrows(DataSetException.class, () -> read(text, ',', columns)).getMessage();
  }

  @Test
  void readsAQuotedSemicolonHeaderAndFindsColumnsByName() {
    Table t = read("\"x\";\"b\";\"a\"\n1;2.5;-3\n4;5e-1;.25\r\n\n7;+8;9.\n", ';', AB);
    assertEquals(List.of("a", "b"), t.columns());
    assertEquals(3, t.rows());
    assertArrayEquals(new double[] {-3, 0.25, 9}, t.column("a"));
    assertArrayEquals(new double[] {2.5, 0.5, 8}, t.column("b"));
  }

  @Test
  void emptyCellsAreMissingWhereAllowedAndCategoriesAreTheirLevelIndex() {
    List<TableColumn> columns =
        List.of(
            TableColumn.number("a").orMissing(),
            TableColumn.category("c", List.of("LOW", "HIGH")).orMissing());
    Table t = read("a,c\n1,HIGH\n,LOW\n 3 , \n", ',', columns);
    assertArrayEquals(new double[] {1, Double.NaN, 3}, t.column("a"));
    assertArrayEquals(new double[] {1, 0, Double.NaN}, t.column("c"));
  }

  @Test
  void aMissingColumnIsOneLineNamingFileAndColumn() {
    assertEquals(
        "/data/t.csv: line 1: no column 'b' in the header (it has [a, c]); is this the right file?",
        error("a,c\n1,2\n", AB));
  }

  @Test
  void aNonNumericCellNamesFileLineAndColumn() {
    assertEquals(
        "/data/t.csv: line 3, column 2 (b): 'x1' is not a number", error("a,b\n1,2\n3,x1\n", AB));
    for (String notPlain : new String[] {"NaN", "Infinity", "0x10", "1d", "1,5"}) {
      assertEquals(
          "/data/t.csv: line 2, column 2 (b): '" + notPlain + "' is not a number",
          error("a,b\n1,\"" + notPlain + "\"\n", AB));
    }
  }

  @Test
  void anEmptyRequiredCellAndAnUnknownLevelNameTheirPlace() {
    assertEquals(
        "/data/t.csv: line 2, column 1 (a): is empty, but a value is required",
        error("a,b\n,2\n", AB));
    List<TableColumn> levels = List.of(TableColumn.category("c", List.of("LOW", "HIGH")));
    assertEquals(
        "/data/t.csv: line 2, column 1 (c): 'MID' is not one of [LOW, HIGH]",
        error("c\nMID\n", levels));
  }

  @Test
  void aShortOrLongRowNamesItsLine() {
    assertEquals(
        "/data/t.csv: line 3 has 1 value(s), but the header names 2 columns",
        error("a,b\n1,2\n3\n4,5\n", AB));
    assertEquals(
        "/data/t.csv: line 2 has 3 value(s), but the header names 2 columns",
        error("a,b\n1,2,3\n", AB));
  }

  @Test
  void lineNumbersCountBlankLinesAndLineBreaksInsideQuotes() {
    assertEquals(
        "/data/t.csv: line 5, column 2 (b): 'y' is not a number",
        error("a,b\n1,\"2\n\"\n\n3,y\n", AB));
  }

  @Test
  void anEmptyFileAHeaderAloneAndBrokenQuotingAreErrors() {
    assertEquals(
        "/data/t.csv: empty file; expected a header line naming the columns [a, b]", error("", AB));
    assertEquals("/data/t.csv: no data rows after the header line", error("a,b\n", AB));
    String unclosed = error("a,b\n1,2\n3,\"4\n", AB);
    assertTrue(unclosed.startsWith("/data/t.csv: line 3: not valid CSV: "), unclosed);
    assertEquals(1, unclosed.lines().count());
  }

  @Test
  void aByteOrderMarkBeforeTheHeaderIsIgnored() {
    assertEquals(1, read("\uFEFFa,b\n1,2\n", ',', AB).rows());
  }
}
