package org.learn2mix.data.tables;

/**
 * A feature column of a table of one's own, parsed: numbers, or categories to one-hot encode. Each
 * holds one value per row the table kept.
 */
sealed interface FeatureColumn permits FeatureColumn.Numbers, FeatureColumn.Categories {
  /** The column's name in the header. */
  String name();

  /**
   * A numeric column.
   *
   * @param name the column's name
   * @param values the value in every row, NaN where missing
   */
  record Numbers(String name, double[] values) implements FeatureColumn {}

  /**
   * A categorical column.
   *
   * @param name the column's name
   * @param values the category in every row, {@code null} where missing
   */
  record Categories(String name, String[] values) implements FeatureColumn {}
}
