package org.learn2mix.results;

import java.util.List;

/**
 * Facts about the task that a summary states.
 *
 * @param task {@code classification}, {@code regression} or {@code reconstruction} ({@code unknown}
 *     when read from a file that does not say); not blank
 * @param metric the test metric's name, e.g. {@code test_mse}; not blank
 * @param higherIsBetter whether a larger metric is better
 * @param classNames the mixing classes, class 1 first; at least one (an unmodifiable copy)
 * @param trainCounts training examples per class, in the order of {@code classNames}, or empty
 *     where unknown (an unmodifiable copy)
 */
public record TaskInfo(
    String task,
    String metric,
    boolean higherIsBetter,
    List<String> classNames,
    List<Integer> trainCounts) {
  /**
   * Validates and copies.
   *
   * @param task the task's name
   * @param metric the test metric's name
   * @param higherIsBetter whether a larger metric is better
   * @param classNames the mixing classes, class 1 first; copied
   * @param trainCounts training examples per class, or empty; copied
   * @throws IllegalArgumentException if the task or metric is null or blank, there is no class, or
   *     the training counts are neither empty nor one per class
   */
  public TaskInfo {
    if (task == null || task.isBlank()) {
      throw new IllegalArgumentException("the task must be named");
    }
    if (metric == null || metric.isBlank()) {
      throw new IllegalArgumentException("the metric must be named");
    }
    classNames = List.copyOf(classNames);
    trainCounts = List.copyOf(trainCounts);
    if (classNames.isEmpty()) {
      throw new IllegalArgumentException("a task has at least one class");
    }
    if (!trainCounts.isEmpty() && trainCounts.size() != classNames.size()) {
      throw new IllegalArgumentException(
          trainCounts.size() + " training counts for " + classNames.size() + " classes");
    }
  }
}
