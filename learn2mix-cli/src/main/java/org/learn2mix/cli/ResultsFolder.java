package org.learn2mix.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --out} option shared by every command that writes results. Each command's help text is
 * in {@link SharedOptions#HELP}.
 */
final class ResultsFolder {
  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
  Path out;

  /** The folder named, or {@code runs/<name>-<timestamp>} under the working directory. */
  Path orDefault(String name) {
    return out != null ? out : RunFolder.defaultFor(name);
  }
}
