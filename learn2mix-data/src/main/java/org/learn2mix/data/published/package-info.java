/**
 * The paper's data sets. {@link org.learn2mix.data.published.Catalogue} names each as a
 * configuration of a generic format (files, checksums, download locations, classes); the classes
 * beside it hold what is particular to one experiment: the generated mean-estimation data, the Wine
 * Quality and California housing preparations, and the generated problem on which Proposition 2.3
 * is checked.
 */
package org.learn2mix.data.published;
