package org.learn2mix.data;

/** How one image data set lies in a folder: a {@link DataFormat} read into {@link LoadedImages}. */
interface ImageFormat extends DataFormat<LoadedImages> {}
