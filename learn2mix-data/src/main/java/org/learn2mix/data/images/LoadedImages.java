package org.learn2mix.data.images;

import java.util.List;
import org.learn2mix.data.LoadedData;
import org.learn2mix.data.VerifiedFile;

/**
 * An image data set as read from its files, before any imbalance or scaling.
 *
 * @param train the training images, whole (before any imbalance)
 * @param test the test images, of the same shape as the training images
 * @param classNames one name per label, in label order
 * @param files the files it was read from, with checksums, for provenance
 */
public record LoadedImages(
    ImageSet train, ImageSet test, List<String> classNames, List<VerifiedFile> files)
    implements LoadedData {
  /**
   * Copies the lists and checks that both sets have the same image shape and labels within the
   * class names.
   *
   * @param train the training images, whole (before any imbalance)
   * @param test the test images, of the same shape as the training images
   * @param classNames one name per label, in label order; copied
   * @param files the files it was read from, with checksums; copied
   * @throws IllegalArgumentException if the two sets' images differ in shape, or a label lies
   *     outside the class names
   */
  public LoadedImages {
    classNames = List.copyOf(classNames);
    files = List.copyOf(files);
    if (train.channels() != test.channels()
        || train.height() != test.height()
        || train.width() != test.width()) {
      throw new IllegalArgumentException(
          "training images are "
              + shape(train)
              + " but test images "
              + shape(test)
              + "; both must have one shape");
    }
    train.classCounts(classNames.size());
    test.classCounts(classNames.size());
  }

  /**
   * Number of classes.
   *
   * @return the number of class names
   */
  public int classCount() {
    return classNames.size();
  }

  private static String shape(ImageSet set) {
    return set.channels() + "x" + set.height() + "x" + set.width();
  }
}
