/**
 * Finding and verifying a data set's files, whatever their format: the search order ({@link
 * org.learn2mix.data.locate.DataLocator}, {@link org.learn2mix.data.locate.SearchPaths}),
 * checksums, verified downloads into the per-user cache, and the two types that describe a data set
 * to the locator: its {@link org.learn2mix.data.locate.DataFormat} (which files, how read) and the
 * {@link org.learn2mix.data.locate.DataSet} that names and configures one. The locator knows
 * formats only, never the catalogue of published data sets.
 */
package org.learn2mix.data.locate;
