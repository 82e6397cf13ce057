/**
 * Images in memory and as files: 8-bit pixel sets ({@link org.learn2mix.data.images.ImageSet}),
 * class folders ({@code train/<class>/}, {@code val/<class>/}) decoded with the JDK's image readers
 * and resized as PIL does, and the preparation of an image task (scaling, per-channel
 * standardisation, flattening for reconstruction) in {@link org.learn2mix.data.images.ImageTasks}.
 */
package org.learn2mix.data.images;
