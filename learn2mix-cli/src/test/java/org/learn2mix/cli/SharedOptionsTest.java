package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code --data-dir}, {@code --out} and {@code --seeds} are each declared once, in a mixin, and
 * every command that has one parses, validates and documents it the same way.
 */
class SharedOptionsTest {
  /** Each shared option and the mixin class that declares it. */
  private static final Map<String, Class<?>> MIXINS =
      Map.of(
          "--data-dir",
          DataDir.class,
          "--out",
          ResultsFolder.class,
          "--seeds",
          SeedCount.class,
          "--device",
          DeviceChoice.class);

  @TempDir Path temp;

  private static CommandLine commands() {
    return Main.commands(new PrintStream(new ByteArrayOutputStream(), true), false);
  }

  /** The mixin of type {@code type} in the sub-command that {@code args} selects, after parsing. */
  private static <T> T parsed(Class<T> type, String... args) {
    ParseResult result = commands().parseArgs(args);
    assertTrue(result.hasSubcommand(), "no sub-command in " + List.of(args));
    return result.subcommand().commandSpec().mixins().values().stream()
        .map(CommandSpec::userObject)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new AssertionError(args[0] + " has no " + type.getSimpleName()));
  }

  @Test
  void everyCommandWithASharedOptionTakesItFromItsMixinWithAHelpText() {
    List<String> seen = new ArrayList<>();
    for (CommandLine sub : commands().getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      for (Map.Entry<String, Class<?>> shared : MIXINS.entrySet()) {
        OptionSpec option = spec.findOption(shared.getKey());
        if (option == null) {
          continue;
        }
        seen.add(spec.name() + " " + shared.getKey());
        boolean fromMixin =
            spec.mixins().values().stream()
                .anyMatch(
                    mixin ->
                        shared.getValue().isInstance(mixin.userObject())
                            && mixin.findOption(shared.getKey()) != null);
        assertTrue(fromMixin, spec.name() + " declares its own " + shared.getKey());
        String help = String.join(" ", option.description());
        assertFalse(help.isBlank(), spec.name() + " " + shared.getKey() + " has no help text");
        assertFalse(help.contains("${"), spec.name() + " " + shared.getKey() + ": " + help);
      }
    }
    assertTrue(
        seen.containsAll(
            List.of(
                "compare --data-dir",
                "compare --out",
                "compare --seeds",
                "reproduce --data-dir",
                "reproduce --out",
                "reproduce --seeds",
                "bench --data-dir",
                "bench --out",
                "compare --device",
                "reproduce --device",
                "bench --device",
                "datasets --data-dir")),
        "found " + seen);
  }

  @ParameterizedTest
  @ValueSource(strings = {"compare", "reproduce", "bench", "datasets"})
  void dataDirIsTheNamedFolderOrNull(String command) {
    Path folder = temp.resolve("data");
    assertEquals(
        folder, parsed(DataDir.class, command, "--data-dir", folder.toString()).value(), command);
    assertNull(parsed(DataDir.class, command).value(), command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"compare", "reproduce", "bench"})
  void outIsTheNamedFolderOrATimestampedOneUnderRuns(String command) {
    Path folder = temp.resolve("results");
    assertEquals(
        folder,
        parsed(ResultsFolder.class, command, "--out", folder.toString()).orDefault("x"),
        command);
    Path fallback = parsed(ResultsFolder.class, command).orDefault("name");
    assertEquals(Path.of("runs"), fallback.getParent(), command);
    assertTrue(fallback.getFileName().toString().matches("name-\\d{8}-\\d{6}"), "" + fallback);
  }

  @ParameterizedTest
  @ValueSource(strings = {"compare", "reproduce"})
  void seedsDefaultToFiveAndTakeTheNumberGiven(String command) {
    assertEquals(5, parsed(SeedCount.class, command).value(), command);
    assertEquals(3, parsed(SeedCount.class, command, "--seeds", "3").value(), command);
  }

  @ParameterizedTest
  @ValueSource(strings = {"compare", "reproduce"})
  void seedsBelowOneAreRefusedInOneLineWithExitTwo(String command) {
    for (String seeds : List.of("0", "-2")) {
      Path out = temp.resolve(command + seeds);
      CliRun run = CliRun.of(command, "--seeds", seeds, "--out", out.toString());

      assertEquals(2, run.exitCode(), run.err());
      assertEquals("learn2mix: --seeds must be at least 1, was " + seeds, run.err().strip());
      assertFalse(Files.exists(out), "output folder created despite bad input");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"compare", "reproduce", "bench"})
  void severalDevicesAreForSweepOnly(String command) {
    deviceRefused(
        command,
        "cpu,auto",
        "learn2mix: --device names one device here, was cpu,auto; only sweep shares its jobs"
            + " among several");
  }

  @ParameterizedTest
  @ValueSource(strings = {"compare", "reproduce", "bench"})
  void aGpuTheEngineDoesNotHaveIsRefusedInOneLineWithExitTwo(String command) {
    deviceRefused(
        command,
        "gpu",
        "learn2mix: gpu:0 is not available: the engine (cpu flavour) sees cpu only;"
            + " run learn2mix doctor");
  }

  /** {@code command --device value} exits 2 with {@code message} alone and writes nothing. */
  private void deviceRefused(String command, String value, String message) {
    Path out = temp.resolve(command + "-device");
    CliRun run = CliRun.of(command, "--device", value, "--out", out.toString());

    assertEquals(2, run.exitCode(), run.err());
    assertEquals(message, run.err().strip());
    assertFalse(Files.exists(out), "output folder created despite bad input");
  }

  /** The help of {@code command}, its lines joined by single spaces. */
  private static String help(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertEquals(0, run.exitCode(), run.err());
    return run.out().replaceAll("\\s+", " ");
  }

  @Test
  void helpKeepsEachCommandsOwnWordingOfTheSharedOptions() {
    assertTrue(help("compare").contains("(default: runs/<preset>-<timestamp>)"));
    assertTrue(help("reproduce").contains("(default: runs/reproduce-<timestamp>)"));
    assertTrue(help("bench").contains("Folder for bench.json (default: runs/bench-<timestamp>)"));
    assertTrue(help("compare").contains("each strategy trains once per seed (default: 5)"));
    assertTrue(help("reproduce").contains("Seeds 0..N-1 per strategy (default: 5, as published)"));
  }
}
