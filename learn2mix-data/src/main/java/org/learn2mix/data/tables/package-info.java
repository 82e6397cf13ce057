/**
 * CSV tables: reading with column roles and a check of every cell ({@link
 * org.learn2mix.data.tables.CsvReader}), the format of a tabular data set ({@link
 * org.learn2mix.data.tables.CsvFormat}), the split-imbalance-standardise preparation of a
 * regression task ({@link org.learn2mix.data.tables.TabularTask}), and tables of one's own ({@link
 * org.learn2mix.data.tables.OwnTable}): any CSV file with a header, its separator detected, its
 * columns typed, one-hot encoded or standardised with training statistics, split stratified by
 * class.
 */
package org.learn2mix.data.tables;
