package org.learn2mix.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pieces of the {@code own_data} record that tables, text folders and image folders share: the
 * classes thinned by {@code --keep}, written and read back, and the check that the data has not
 * changed since the comparison started.
 */
final class OwnDataRecords {
  private OwnDataRecords() {}

  /** The kept shares as the record writes them, {@code name=fraction}, in order. */
  static List<String> keepOption(Map<String, Double> keep) {
    List<String> entries = new ArrayList<>();
    keep.forEach((name, fraction) -> entries.add(name + "=" + fraction));
    return entries;
  }

  /**
   * The kept shares the record's {@code keep} option holds, in order.
   *
   * @throws RuntimeException if an entry is not {@code name=fraction}
   */
  static Map<String, Double> keep(Map<String, List<String>> options) {
    Map<String, Double> keep = new LinkedHashMap<>();
    for (String entry : options.getOrDefault("keep", List.of())) {
      int at = entry.lastIndexOf('=');
      keep.put(entry.substring(0, at), Double.parseDouble(entry.substring(at + 1)));
    }
    return keep;
  }

  /**
   * Refuses data whose checksum is no longer the recorded one.
   *
   * @param path the file or folder, as recorded
   * @param recorded its SHA-256 when the comparison started
   * @param now its SHA-256 as read again
   * @throws UsageException naming the path and both checksums if they differ
   */
  static void requireUnchanged(String path, String recorded, String now) {
    if (!recorded.equals(now)) {
      throw new UsageException(
          path
              + " has changed since the comparison started (its SHA-256 was "
              + recorded
              + ", now "
              + now
              + "); start a new comparison");
    }
  }
}
