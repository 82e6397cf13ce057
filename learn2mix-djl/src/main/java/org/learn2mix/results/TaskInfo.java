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
 * @param alphaStar α* of Proposition 2.3 (SPEC section 11), the mixing proportions learn2mix's α
 *     tends to, one share per class in the order of {@code classNames}, where the task knows them
 *     in closed form; empty otherwise, as for every published experiment (an unmodifiable copy)
 */
public record TaskInfo(
    String task,
    String metric,
    boolean higherIsBetter,
    List<String> classNames,
    List<Integer> trainCounts,
    List<Double> alphaStar) {
  /**
   * Validates and copies.
   *
   * @param task the task's name
   * @param metric the test metric's name
   * @param higherIsBetter whether a larger metric is better
   * @param classNames the mixing classes, class 1 first; copied
   * @param trainCounts training examples per class, or empty; copied
   * @param alphaStar α* per class, or empty; copied
   * @throws IllegalArgumentException if the task or metric is null or blank, there is no class, the
   *     training counts are neither empty nor one per class, or α* is neither empty nor one
   *     non-negative share per class
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
    alphaStar = List.copyOf(alphaStar);
    if (!alphaStar.isEmpty() && alphaStar.size() != classNames.size()) {
      throw new IllegalArgumentException(
          alphaStar.size() + " shares of alpha* for " + classNames.size() + " classes");
    }
    if (alphaStar.stream().anyMatch(share -> !(share >= 0 && share <= 1))) {
      throw new IllegalArgumentException("alpha* holds a share outside [0, 1]: " + alphaStar);
    }
  }

  /**
   * A task whose α* is not known, as every published experiment.
   *
   * @param task the task's name
   * @param metric the test metric's name
   * @param higherIsBetter whether a larger metric is better
   * @param classNames the mixing classes, class 1 first; copied
   * @param trainCounts training examples per class, or empty; copied
   * @throws IllegalArgumentException if the task or metric is null or blank, there is no class, or
   *     the training counts are neither empty nor one per class
   */
  public TaskInfo(
      String task,
      String metric,
      boolean higherIsBetter,
      List<String> classNames,
      List<Integer> trainCounts) {
    this(task, metric, higherIsBetter, classNames, trainCounts, List.of());
  }
}
