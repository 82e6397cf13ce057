/**
 * Data sets as learn2mix sees them: host-side arrays of features, targets and the mixing class of
 * every example, split into a training and a test set, plus the generators and loaders that make
 * them.
 *
 * <p>The image and the tabular data sets go through three steps, each its own part so that it can
 * be tested alone:
 *
 * <ol>
 *   <li><b>Finding the files</b> ({@link org.learn2mix.data.ImageSource}, {@link
 *       org.learn2mix.data.TableSource}, {@link org.learn2mix.data.DataLocator}): a named folder,
 *       {@code $LEARN2MIX_DATA}, the per-user cache, a system package folder, else a verified
 *       download into the cache.
 *   <li><b>Reading and verifying them</b> (IDX for MNIST and Fashion-MNIST, the binary batches of
 *       CIFAR-10/100, CSV for Wine Quality and California housing): every length, magic number,
 *       label and cell is checked, every file is checksummed, and any problem is a {@link
 *       org.learn2mix.data.DataSetException} with a one-line message naming the file (and for a CSV
 *       file the line and column).
 *   <li><b>Preparing a task</b> ({@link org.learn2mix.data.ImbalanceRecipe}, {@link
 *       org.learn2mix.data.ImageTasks}, {@link org.learn2mix.data.WineQuality}, {@link
 *       org.learn2mix.data.CaliforniaHousing}): the published train/test split where the files have
 *       none, a seeded imbalanced subset of the training set, then the published scaling, into
 *       {@link org.learn2mix.data.TaskData}.
 * </ol>
 *
 * <p>The IMDB reviews ({@link org.learn2mix.data.Imdb}) take the same steps: the locator finds or
 * downloads the archive, {@link org.learn2mix.data.ReviewReader} reads it, and {@link
 * org.learn2mix.data.TextTasks} splits, tokenises ({@link org.learn2mix.data.WordTokeniser}) and
 * encodes it, with token ids as float features. Image folders such as Imagenette ({@link
 * org.learn2mix.data.ImageFolders}) are decoded with the JDK's own image readers.
 */
package org.learn2mix.data;
