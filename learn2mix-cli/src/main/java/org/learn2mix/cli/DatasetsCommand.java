package org.learn2mix.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.locate.DataSetStatus;
import org.learn2mix.data.published.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code learn2mix datasets}: where each data set was found and whether it verified. */
@Command(
    name = "datasets",
    mixinStandardHelpOptions = true,
    description = {
      "List every data set, where it was found and whether its checksums verified.",
      "Searched in order: --data-dir, $LEARN2MIX_DATA/<data set>, the per-user cache"
          + " (${XDG_CACHE_HOME:-~/.cache}/learn2mix/<data set>), and for fashion-mnist the"
          + " Debian package folder. Nothing is downloaded here; 'compare' downloads what is"
          + " missing, except imagenette, whose image folders you download and name yourself."
    })
final class DatasetsCommand implements Callable<Integer> {
  @Option(names = "--data-dir", paramLabel = "DIR", description = "Also look in this folder.")
  Path dataDir;

  private final PrintStream console;

  DatasetsCommand(PrintStream console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console.println("mean-estimation: built in (generated from the seed)");
    for (DataSetStatus status : DataLocator.standard().survey(Catalogue.ALL, dataDir)) {
      console.println(status.describe());
    }
    return 0;
  }
}
