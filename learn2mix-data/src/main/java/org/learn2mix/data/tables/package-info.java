/**
 * CSV tables: reading with column roles and a check of every cell ({@link
 * org.learn2mix.data.tables.CsvReader}), the format of a tabular data set ({@link
 * org.learn2mix.data.tables.CsvFormat}), and the split-imbalance-standardise preparation of a
 * regression task ({@link org.learn2mix.data.tables.TabularTask}).
 */
package org.learn2mix.data.tables;
