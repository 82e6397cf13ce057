package org.learn2mix.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.learn2mix.data.DataSetException;
import org.learn2mix.djl.NonFiniteLossException;
import org.learn2mix.engine.EngineStart;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.results.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Entry point of the {@code learn2mix} command. The only place that decides exit codes: 0 success,
 * 1 a failure while running (for {@code doctor}: a problem found), 2 bad input. Failures print one
 * line; {@code --verbose} adds the stack trace.
 */
public final class Main {
  /**
   * Exit code for a run that failed while running (engine, numbers, disk), and for a {@code doctor}
   * that found a problem.
   */
  public static final int EXIT_FAILURE = 1;

  /** Exit code for input the user must fix (options, presets, files, folders). */
  public static final int EXIT_USAGE = 2;

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // Charts render off-screen; no display is needed or wanted.
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args, System.out, System.err, System.console() != null));
  }

  /**
   * Runs the command line without exiting.
   *
   * @param args the arguments
   * @param out where results and progress go
   * @param err where errors go
   * @param interactive whether {@code out} is a terminal (progress bars instead of lines)
   * @return the exit code
   */
  public static int run(String[] args, PrintStream out, PrintStream err, boolean interactive) {
    boolean verbose = List.of(args).contains("--verbose");
    CommandLine cli = commands(out, interactive);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          err.println("learn2mix: " + e.getMessage() + hint(e.getCommandLine()));
          if (verbose) {
            e.printStackTrace(err);
          }
          return EXIT_USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          err.println("learn2mix: " + describe(e));
          if (verbose) {
            e.printStackTrace(err);
          } else if (exitCode(e) == EXIT_FAILURE && !expected(e)) {
            err.println("learn2mix: run again with --verbose for details");
          }
          return exitCode(e);
        });
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "learn2mix: out of Java memory; give the JVM more, e.g. JAVA_OPTS=-Xmx8g ./learn2mix ...");
      return EXIT_FAILURE;
    } catch (Error e) {
      err.println("learn2mix: fatal: " + e);
      if (verbose) {
        e.printStackTrace(err);
      }
      return EXIT_FAILURE;
    }
  }

  /** The {@code learn2mix} command with its sub-commands, writing results to {@code out}. */
  static CommandLine commands(PrintStream out, boolean interactive) {
    CommandLine cli = new CommandLine(new Root());
    cli.addSubcommand(new CompareCommand(out, interactive));
    cli.addSubcommand(new ReportCommand(out));
    cli.addSubcommand(new PresetsCommand(out));
    cli.addSubcommand(new DatasetsCommand(out));
    cli.addSubcommand(new BenchCommand(out));
    cli.addSubcommand(new ReproduceCommand(out, interactive));
    cli.addSubcommand(new DoctorCommand(out));
    cli.addSubcommand(new SweepCommand(out));
    cli.addSubcommand(new SweepCellCommand(out));
    return cli;
  }

  private static String hint(CommandLine commandLine) {
    return " (see '" + commandLine.getCommandSpec().qualifiedName() + " --help')";
  }

  private static int exitCode(Exception e) {
    return e instanceof UsageException || e instanceof DataSetException ? EXIT_USAGE : EXIT_FAILURE;
  }

  private static boolean expected(Exception e) {
    return e instanceof NonFiniteLossException
        || e instanceof UncheckedIOException
        || e instanceof EngineStart.EngineUnavailableException;
  }

  private static String describe(Exception e) {
    if (e instanceof UsageException
        || e instanceof DataSetException
        || e instanceof NonFiniteLossException
        || e instanceof UncheckedIOException
        || e instanceof EngineStart.EngineUnavailableException) {
      return e.getMessage();
    }
    if (e instanceof IOException) {
      return "input/output failed: " + e.getMessage();
    }
    return "internal error: " + e;
  }

  /** The top-level command; its sub-commands do the work. */
  @Command(
      name = "learn2mix",
      mixinStandardHelpOptions = true,
      versionProvider = Root.Version.class,
      description = {
        "Train neural networks with adaptive class mixing (learn2mix) on the Deep Java Library,"
            + " and compare it with ordinary training."
      },
      synopsisSubcommandLabel = "COMMAND")
  static final class Root implements Runnable {
    @Option(
        names = "--verbose",
        scope = CommandLine.ScopeType.INHERIT,
        description = "Print stack traces with errors.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the project version. */
    static final class Version implements CommandLine.IVersionProvider {
      @Override
      public String[] getVersion() {
        return new String[] {"learn2mix " + Provenance.version()};
      }
    }
  }
}
