package org.learn2mix.data.tables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.learn2mix.data.DataSetException;

/**
 * Which column of a table plays which part: the label or the target, the class column, the
 * features, and those left out. Every name is looked up in the header; one that is not there is an
 * error listing the columns and the closest name.
 *
 * @param label the label's position, or -1
 * @param target the target's position, or -1
 * @param classColumn the class column's position, or -1
 * @param features the feature columns' positions, in file order
 * @param ignored the names of the columns that are not used, in file order
 */
record ColumnRoles(
    int label, int target, int classColumn, List<Integer> features, List<String> ignored) {
  ColumnRoles {
    features = List.copyOf(features);
    ignored = List.copyOf(ignored);
  }

  /**
   * The roles {@code spec} gives the columns of {@code header}.
   *
   * @throws DataSetException naming the file if a named column does not exist, is named for two
   *     parts, or no feature is left
   */
  static ColumnRoles of(Path file, List<String> header, TableSpec spec) {
    Map<Integer, String> parts = new LinkedHashMap<>();
    int label = find(file, header, spec.label(), "label column", parts);
    int target = find(file, header, spec.target(), "target column", parts);
    int classColumn = find(file, header, spec.classColumn(), "class column", parts);
    List<Integer> features = new ArrayList<>();
    if (spec.features().isEmpty()) {
      for (int c = 0; c < header.size(); c++) {
        if (!parts.containsKey(c)) {
          features.add(c);
        }
      }
    } else {
      for (String name : spec.features()) {
        int c = find(file, header, name, "feature column", parts);
        features.add(c);
      }
      features.sort(null);
    }
    for (String name : spec.ignore()) {
      int c = lookUp(file, header, name, "column to ignore");
      if (parts.containsKey(c) && !parts.get(c).equals("feature column")) {
        throw new DataSetException(
            file + ": column '" + name + "' is the " + parts.get(c) + " and cannot be ignored");
      }
      features.remove(Integer.valueOf(c));
    }
    if (features.isEmpty()) {
      throw new DataSetException(
          file + ": no feature column is left (the table has " + quoted(header) + ")");
    }
    List<String> ignored = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (!features.contains(c) && c != label && c != target && c != classColumn) {
        ignored.add(header.get(c));
      }
    }
    return new ColumnRoles(label, target, classColumn, features, ignored);
  }

  /** The position of {@code name} as {@code part}, -1 for no name; each column has one part. */
  private static int find(
      Path file, List<String> header, String name, String part, Map<Integer, String> parts) {
    if (name == null) {
      return -1;
    }
    int c = lookUp(file, header, name, part);
    String before = parts.putIfAbsent(c, part);
    if (before != null) {
      throw new DataSetException(
          file + ": column '" + name + "' is named as the " + before + " and as a " + part);
    }
    return c;
  }

  private static int lookUp(Path file, List<String> header, String name, String part) {
    int c = header.indexOf(name);
    if (c < 0) {
      throw new DataSetException(
          String.format(
              "%s has no %s '%s'; did you mean '%s'? (its columns: %s)",
              file, part, name, closest(name, header), quoted(header)));
    }
    return c;
  }

  /** The name in {@code names} that takes the fewest edits to turn into {@code name}. */
  static String closest(String name, List<String> names) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    String lower = name.toLowerCase(Locale.ROOT);
    String best = names.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : names) {
      int d = distance.apply(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
