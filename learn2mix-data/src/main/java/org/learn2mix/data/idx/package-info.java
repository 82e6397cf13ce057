/**
 * The IDX files of MNIST and Fashion-MNIST: four files, gzip-compressed or not, every magic number,
 * count and label checked, verified by the SHA-256 of their decompressed content.
 */
package org.learn2mix.data.idx;
