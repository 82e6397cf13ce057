package org.learn2mix.doctor;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the name of the folder libtorch was loaded from tells about it. */
public final class LibtorchFolder {
  /**
   * DJL's cache names a libtorch folder {@code <version>-<flavour>-<os>-<arch>}, e.g. {@code
   * 2.7.1-20250812-cpu-linux-x86_64} or {@code 2.7.1-cu128-linux-x86_64}.
   */
  private static final Pattern CACHE_NAME =
      Pattern.compile("^\\d+\\.\\d+\\.\\d+(?:-\\d+)?-(.+)-(?:linux|osx|win)-[a-z0-9_]+$");

  private LibtorchFolder() {}

  /**
   * The libtorch build (flavour) in {@code folder}.
   *
   * @param folder the folder libtorch was loaded from
   * @param flavourVariable the value of {@code PYTORCH_FLAVOR}, which names the flavour of a
   *     libtorch loaded from {@code PYTORCH_LIBRARY_PATH}; null if unset
   * @return e.g. {@code cpu} or {@code cu128}, from the folder's name when DJL's cache named it,
   *     else {@code flavourVariable}, else {@code unknown}
   */
  public static String flavour(Path folder, String flavourVariable) {
    Path name = folder.getFileName();
    Matcher m = CACHE_NAME.matcher(name == null ? "" : name.toString());
    if (m.matches()) {
      return m.group(1);
    }
    return flavourVariable != null && !flavourVariable.isBlank() ? flavourVariable : "unknown";
  }
}
