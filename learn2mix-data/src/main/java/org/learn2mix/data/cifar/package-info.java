/**
 * The binary CIFAR-10 and CIFAR-100 batches, read straight from the official {@code .tar.gz}
 * (verified by its MD5) or from the extracted files.
 */
package org.learn2mix.data.cifar;
