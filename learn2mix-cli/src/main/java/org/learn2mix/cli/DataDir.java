package org.learn2mix.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data-dir} option shared by every command that reads data sets: a folder holding the
 * data set's files or one sub-folder per data set; if named, it is the only place searched. Each
 * command's help text is in {@link SharedOptions#HELP}.
 */
final class DataDir {
  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "data-dir")
  Path dataDir;

  /** The folder named, or {@code null} to search the usual places. */
  Path value() {
    return dataDir;
  }
}
