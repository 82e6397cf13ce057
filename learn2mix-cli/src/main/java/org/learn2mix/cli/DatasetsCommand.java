package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.learn2mix.data.locate.DataLocator;
import org.learn2mix.data.locate.DataSetStatus;
import org.learn2mix.data.published.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code learn2mix datasets}: where each data set was found and whether it verified. */
@Command(
    name = "datasets",
    mixinStandardHelpOptions = true,
    resourceBundle = SharedOptions.HELP,
    description = {
      "List every data set, where it was found and whether its checksums verified.",
      "If --data-dir names a folder, only that folder and its sub-folder named after the data"
          + " set are searched; otherwise, in order: $LEARN2MIX_DATA/<data set>, the per-user"
          + " cache (${XDG_CACHE_HOME:-~/.cache}/learn2mix/<data set>), and for fashion-mnist"
          + " the Debian package folder. Nothing is downloaded here; 'compare' downloads what is"
          + " missing, except imagenette, whose image folders you download and name yourself."
    })
final class DatasetsCommand implements Callable<Integer> {
  @Mixin DataDir dataDir = new DataDir();

  private final PrintStream console;

  DatasetsCommand(PrintStream console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console.println("mean-estimation: built in (generated from the seed)");
    for (DataSetStatus status : DataLocator.standard().survey(Catalogue.ALL, dataDir.value())) {
      console.println(status.describe());
    }
    return 0;
  }
}
