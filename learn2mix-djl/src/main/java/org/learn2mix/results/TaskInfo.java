package org.learn2mix.results;

import java.util.List;

/**
 * Facts about the task that a summary states.
 *
 * @param task {@code classification}, {@code regression} or {@code reconstruction}
 * @param metric the test metric's name, e.g. {@code test_mse}
 * @param higherIsBetter whether a larger metric is better
 * @param classNames the mixing classes, class 1 first
 * @param trainCounts training examples per class, in the order of {@code classNames}, or empty
 *     where unknown
 */
public record TaskInfo(
    String task,
    String metric,
    boolean higherIsBetter,
    List<String> classNames,
    List<Integer> trainCounts) {
  /** Validates and copies. */
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
