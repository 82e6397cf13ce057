/**
 * The vocabulary every data package shares: a prepared {@link org.learn2mix.data.TaskData} (task,
 * training and test {@link org.learn2mix.data.Examples}, class names), what was read ({@link
 * org.learn2mix.data.LoadedData} with its {@link org.learn2mix.data.VerifiedFile}s), the one
 * exception for bad data ({@link org.learn2mix.data.DataSetException}), and the seeded steps every
 * preparation uses: a stratified {@link org.learn2mix.data.TrainTestSplit} and an {@link
 * org.learn2mix.data.ImbalanceRecipe}.
 *
 * <p>Data flows one way through the sub-packages: {@code locate} finds and verifies files; {@code
 * idx}, {@code cifar}, {@code tables}, {@code text} and {@code images} read one kind of file each
 * and turn it into a task; {@code published} names the paper's data sets as configurations of those
 * readers. This package imports none of them.
 */
package org.learn2mix.data;
