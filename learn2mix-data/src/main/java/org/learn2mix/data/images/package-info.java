/**
 * Images in memory and as files: 8-bit pixel sets ({@link org.learn2mix.data.images.ImageSet}),
 * class folders ({@code train/<class>/}, {@code val/<class>/}) decoded with the JDK's image readers
 * and resized as PIL does, image folders of one's own ({@link
 * org.learn2mix.data.images.ImageFolderListing} lists them and reads their headers, {@link
 * org.learn2mix.data.images.OwnImages} decodes them), and the preparation of an image task (pixels
 * kept as bytes with a per-channel map, per-channel standardisation, flattening for reconstruction)
 * in {@link org.learn2mix.data.images.ImageTasks}.
 */
package org.learn2mix.data.images;
