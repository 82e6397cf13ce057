package org.learn2mix.data.tables;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.learn2mix.data.TaskData;

/**
 * One seed's task from a table of one's own, and what encoding it did that a user should know.
 *
 * @param data the task
 * @param oneHotWidths for each categorical feature, the number of categories its training rows
 *     hold, which is the number of zero-or-one features it becomes
 * @param unseenTestCategories for each categorical feature with any, the test rows whose category
 *     no training row has; they encode as all zeros
 * @param imputedCells for each feature with any, the cells filled in for a missing value (a
 *     number's training mean, or all zeros for a category)
 */
public record PreparedTable(
    TaskData data,
    Map<String, Integer> oneHotWidths,
    Map<String, Integer> unseenTestCategories,
    Map<String, Integer> imputedCells) {
  /**
   * Copies the maps, keeping their order.
   *
   * @param data the task
   * @param oneHotWidths categories per one-hot encoded column
   * @param unseenTestCategories test rows per column whose category training lacks
   * @param imputedCells filled-in cells per column
   */
  public PreparedTable {
    oneHotWidths = copy(oneHotWidths);
    unseenTestCategories = copy(unseenTestCategories);
    imputedCells = copy(imputedCells);
  }

  private static Map<String, Integer> copy(Map<String, Integer> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
