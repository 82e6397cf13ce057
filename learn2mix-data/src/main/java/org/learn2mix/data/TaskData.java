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
 * @param vocabularySize the number of token ids when the features are token ids (text), which sizes
 *     a network's embedding table; 0 when they are not
 */
public record TaskData(
    String name,
    Task task,
    Examples train,
    Examples test,
    List<String> classNames,
    int vocabularySize) {
  /**
   * Copies the class names and checks that every example's class has one.
   *
   * @param name short name, e.g. {@code mean-estimation}
   * @param task what is learnt
   * @param train the (possibly imbalanced) training set
   * @param test the test set, never imbalanced
   * @param classNames one name per mixing class, in class order; copied
   * @param vocabularySize the number of token ids for text features, 0 for any other features
   * @throws IllegalArgumentException if an example's class lies outside the class names, or the
   *     vocabulary size is negative
   */
  public TaskData {
    classNames = List.copyOf(classNames);
    if (vocabularySize < 0) {
      throw new IllegalArgumentException("vocabulary size " + vocabularySize + " is negative");
    }
    checkClasses("training", train, classNames.size());
    checkClasses("test", test, classNames.size());
  }

  /**
   * A task whose features are not token ids.
   *
   * @param name short name, e.g. {@code mean-estimation}
   * @param task what is learnt
   * @param train the (possibly imbalanced) training set
   * @param test the test set, never imbalanced
   * @param classNames one name per mixing class, in class order
   * @throws IllegalArgumentException if an example's class lies outside the class names
   */
  public TaskData(String name, Task task, Examples train, Examples test, List<String> classNames) {
    this(name, task, train, test, classNames, 0);
  }

  /**
   * Number of mixing classes k.
   *
   * @return the number of class names
   */
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
