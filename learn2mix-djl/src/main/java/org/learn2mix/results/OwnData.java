package org.learn2mix.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data of one's own that an experiment trained on, recorded so that the experiment can be resumed
 * and repeated: what it is, where it was read, its checksum, and how it was prepared.
 *
 * @param kind what was read, e.g. {@code table}
 * @param path the file or folder, as an absolute path
 * @param sha256 the SHA-256 of what was read, lower-case hex
 * @param options how the data was read and prepared, name to values as text (one for most), in a
 *     stable order
 */
public record OwnData(String kind, String path, String sha256, Map<String, List<String>> options) {
  /**
   * Validates and copies.
   *
   * @param kind what was read, not blank
   * @param path the file or folder, not blank
   * @param sha256 a lower-case hex SHA-256
   * @param options name to values, copied in order
   * @throws IllegalArgumentException if the kind or path is blank or the checksum is not a SHA-256
   */
  public OwnData {
    if (kind == null || kind.isBlank() || path == null || path.isBlank()) {
      throw new IllegalArgumentException("own data needs its kind and path");
    }
    if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
    }
    Map<String, List<String>> copy = new LinkedHashMap<>();
    options.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    options = Collections.unmodifiableMap(copy);
  }
}
