package org.learn2mix.data;

import java.util.List;

/** How one image data set lies in a folder: a {@link DataFormat} read into {@link LoadedImages}. */
interface ImageFormat extends DataFormat<LoadedImages> {
  @Override
  default List<VerifiedFile> files(LoadedImages loaded) {
    return loaded.files();
  }
}
