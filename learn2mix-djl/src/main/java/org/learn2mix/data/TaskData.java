package org.learn2mix.data;

import java.util.List;

/**
 * A prepared data set: task, training and test examples, and the names of the mixing classes.
 *
 * @param name short name, e.g. {@code mean-estimation}
 * @param task what is learnt
 * @param train the (possibly imbalanced) training set
 * @param test the test set, never imbalanced
 * @param classNames one name per mixing class, in class order
 */
public record TaskData(
    String name, Task task, Examples train, Examples test, List<String> classNames) {
  /** Checks that classes are in range of {@code classNames}. */
  public TaskData {
    classNames = List.copyOf(classNames);
    checkClasses("training", train, classNames.size());
    checkClasses("test", test, classNames.size());
  }

  /** Number of mixing classes k. */
  public int classCount() {
    return classNames.size();
  }

  private static void checkClasses(String which, Examples examples, int k) {
    int[] classes = examples.classes();
    for (int n = 0; n < classes.length; n++) {
      if (classes[n] < 0 || classes[n] >= k) {
        throw new IllegalArgumentException(
            which + " example " + n + " has class " + (classes[n] + 1) + ", outside 1.." + k);
      }
    }
  }
}
