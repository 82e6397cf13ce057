package org.learn2mix.data.locate;

import java.nio.file.Path;
import java.util.Map;

/**
 * The folders the data locator searches besides a folder the user names: taken from the environment
 * on a real machine, made up by tests.
 *
 * @param dataRoot the folder named by {@code $LEARN2MIX_DATA}, holding one sub-folder per data set,
 *     or null when the variable is unset
 * @param cacheRoot the per-user cache, holding one sub-folder per data set; downloads go here
 * @param systemRoot where operating-system packages install data sets ({@code /usr/share/datasets}
 *     on Debian), or null to skip it
 */
public record SearchPaths(Path dataRoot, Path cacheRoot, Path systemRoot) {
  /** The environment variable naming a folder of data sets. */
  public static final String DATA_VARIABLE = "LEARN2MIX_DATA";

  /** Where Debian's {@code dataset-*} packages install data sets. */
  public static final Path DEBIAN_DATASETS = Path.of("/usr/share/datasets");

  /**
   * Checks that there is a cache.
   *
   * @param dataRoot the folder of {@code $LEARN2MIX_DATA}, or null when the variable is unset
   * @param cacheRoot the per-user cache, where downloads go
   * @param systemRoot where operating-system packages install data sets, or null to skip it
   * @throws IllegalArgumentException if {@code cacheRoot} is null
   */
  public SearchPaths {
    if (cacheRoot == null) {
      throw new IllegalArgumentException("a cache folder is required");
    }
  }

  /**
   * The folders for {@code environment} and {@code userHome}: {@code $LEARN2MIX_DATA}, then {@code
   * ${XDG_CACHE_HOME:-~/.cache}/learn2mix}, then Debian's folder. An empty variable counts as
   * unset, and so does a relative {@code XDG_CACHE_HOME}, as the XDG rules say.
   *
   * @param environment the environment variables, e.g. {@link System#getenv()}
   * @param userHome the user's home folder, under which the default cache lies
   * @return the folders
   */
  public static SearchPaths of(Map<String, String> environment, Path userHome) {
    String data = environment.get(DATA_VARIABLE);
    // The XDG base directory rules say to ignore an empty or relative XDG_CACHE_HOME.
    String xdgCache = environment.get("XDG_CACHE_HOME");
    Path cacheBase =
        xdgCache != null && !xdgCache.isEmpty() && Path.of(xdgCache).isAbsolute()
            ? Path.of(xdgCache)
            : userHome.resolve(".cache");
    return new SearchPaths(
        data == null || data.isEmpty() ? null : Path.of(data),
        cacheBase.resolve("learn2mix"),
        DEBIAN_DATASETS);
  }

  /**
   * The folders of this process's environment and user.
   *
   * @return the folders for {@link System#getenv()} and the {@code user.home} property
   */
  public static SearchPaths ofThisMachine() {
    return of(System.getenv(), Path.of(System.getProperty("user.home")));
  }
}
