package org.learn2mix.data.tables;

import java.util.List;
import java.util.Optional;

/**
 * Finds which of {@code ,} {@code ;} tab {@code |} separates a CSV file's cells: the one that cuts
 * the first records into the same number of cells, more than one; among several, the one giving the
 * most cells. Quoted cells are read as CSV reads them, so a separator inside quotes does not count.
 */
public final class CsvSeparator {
  /** The separators tried, in order of preference when they tie. */
  public static final List<Character> CANDIDATES = List.of(',', ';', '\t', '|');

  /** How many records are looked at. */
  static final int SAMPLE = 100;

  private CsvSeparator() {}

  /**
   * The separator of {@code content}; a comma when none splits the header into more than one cell
   * (a file of one column).
   *
   * @param content the file's bytes, UTF-8
   * @return the separator
   */
  public static char detect(byte[] content) {
    char best = ',';
    int bestWidth = 1;
    boolean bestConsistent = false;
    for (char separator : CANDIDATES) {
      Optional<List<Integer>> widths = CsvReader.widths(content, separator, SAMPLE);
      if (widths.isEmpty() || widths.get().isEmpty()) {
        continue;
      }
      int width = widths.get().get(0);
      boolean consistent = widths.get().stream().allMatch(w -> w == width);
      boolean better =
          width > 1
              && (consistent && !bestConsistent
                  || consistent == bestConsistent && width > bestWidth);
      if (better) {
        best = separator;
        bestWidth = width;
        bestConsistent = consistent;
      }
    }
    return best;
  }

  /**
   * How a separator is written in messages.
   *
   * @param separator the separator
   * @return {@code ','}, {@code tab} and so on
   */
  public static String describe(char separator) {
    return separator == '\t' ? "tab" : "'" + separator + "'";
  }
}
