package org.learn2mix.data.tables;

import java.util.Set;
import java.util.regex.Pattern;

/** What a CSV cell holds: a plain number, a missing value, or text. */
final class Cells {
  /**
   * A plain decimal number, as the published files write them. Stricter than {@link
   * Double#parseDouble}, which also takes {@code NaN}, {@code Infinity}, hex and a trailing {@code
   * d} or {@code f}: none of those belongs in a data file.
   */
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** The ways tables write a missing value, compared ignoring case; the empty cell too. */
  private static final Set<String> MISSING = Set.of("", "na", "nan", "?");

  private Cells() {}

  /** Whether {@code cell} (stripped) is a plain decimal number. */
  static boolean isNumber(String cell) {
    return NUMBER.matcher(cell).matches();
  }

  /** Whether {@code cell} (stripped) marks a missing value: empty, NA, NaN or ?. */
  static boolean isMissing(String cell) {
    return cell.length() <= 3 && MISSING.contains(cell.toLowerCase(java.util.Locale.ROOT));
  }
}
