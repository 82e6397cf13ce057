package org.learn2mix.report.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.learn2mix.experiment.Preset;
import org.learn2mix.experiment.Presets;
import org.learn2mix.experiment.Protocol;
import org.learn2mix.report.runs.RunData;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.report.runs.StrategyRuns;
import org.learn2mix.results.MeanStd;

/**
 * A run held against the paper: per checkpoint epoch and strategy our value beside the published
 * one and whether ours lies within the published mean ± std, and the learn2mix − classical
 * difference ours against the paper's. A run whose settings differ from the published ones is not
 * compared at all, and neither is a run of an experiment the paper does not have.
 *
 * @param preset the run's preset
 * @param kind whether the run can be compared
 * @param differences the settings that differ from the published ones (empty unless {@link
 *     Kind#NOT_COMPARABLE})
 * @param published the paper's row for the preset; empty if the project holds none
 * @param checkpoints the checkpoint epochs, ascending
 * @param ours per strategy, in the run's order
 * @param baseline our strategy held against the paper's classical: classical, or under the
 *     reference-code protocol the strategy the preset's script calls classical (fixed-mix where the
 *     script's "classical" is a stratified fixed mix)
 */
public record Reproduction(
    String preset,
    Kind kind,
    List<String> differences,
    Optional<PublishedExperiment> published,
    List<Integer> checkpoints,
    List<StrategyResult> ours,
    String baseline) {

  /** The strategy whose gain the paper reports. */
  public static final String LEARN2MIX = "learn2mix";

  /** The strategy it is measured against, as the paper names it. */
  public static final String CLASSICAL = "classical";

  /** Whether and why a run can be held against the paper. */
  public enum Kind {
    /** The paper has this experiment and the run used its settings. */
    COMPARABLE,
    /** The paper has this experiment, but the run used other settings. */
    NOT_COMPARABLE,
    /** The paper has no such experiment (own data, a test fixture). */
    NOT_IN_PAPER
  }

  /** How our mean stands to a published value. */
  public enum Verdict {
    /** Within the published mean ± std. */
    IN_BAND("in band"),
    /** Outside it. */
    NOT_IN_BAND("not in band"),
    /** The project holds no published value for this cell. */
    NOT_PUBLISHED("not published here");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    /** The words the pages and the console use. */
    public String label() {
      return label;
    }
  }

  /**
   * One strategy at one checkpoint.
   *
   * @param strategy the strategy's name
   * @param ours our value as text (mean ± std, the mean alone for one seed)
   * @param paper the published value, if the project holds it
   * @param verdict how our mean stands to it
   */
  public record Row(
      String strategy, String ours, Optional<PublishedValue> paper, Verdict verdict) {}

  /**
   * learn2mix's mean minus classical's at one checkpoint.
   *
   * @param ours from this run
   * @param paper from the paper, if the project holds both of its values
   */
  public record Difference(double ours, Optional<BigDecimal> paper) {}

  /** Validates and copies. */
  public Reproduction {
    differences = List.copyOf(differences);
    checkpoints = List.copyOf(checkpoints);
    ours = List.copyOf(ours);
    if ((kind == Kind.NOT_COMPARABLE) == differences.isEmpty()) {
      throw new IllegalArgumentException("a run is not comparable exactly when settings differ");
    }
  }

  /**
   * Holds a run against {@code table}.
   *
   * @param preset the run's preset
   * @param settings the run's settings, or empty if they are not recorded
   * @param checkpoints the run's checkpoint epochs
   * @param ours per strategy
   */
  public static Reproduction of(
      String preset,
      Optional<RunSettings> settings,
      List<Integer> checkpoints,
      List<StrategyResult> ours,
      PublishedTable table) {
    return of(preset, Protocol.PAPER, settings, checkpoints, ours, table);
  }

  /**
   * Holds a run of {@code preset} under {@code protocol} against {@code table}: under the
   * reference-code protocol the settings are held against the script's (its γ, signal and
   * schedule), since the published values came from the scripts.
   *
   * @param preset the run's preset
   * @param protocol the protocol it ran under
   * @param settings the run's settings, or empty if they are not recorded
   * @param checkpoints the run's checkpoint epochs
   * @param ours per strategy
   */
  public static Reproduction of(
      String preset,
      Protocol protocol,
      Optional<RunSettings> settings,
      List<Integer> checkpoints,
      List<StrategyResult> ours,
      PublishedTable table) {
    Optional<Preset> known = find(preset, protocol);
    if (known.isEmpty()) {
      return new Reproduction(
          preset, Kind.NOT_IN_PAPER, List.of(), Optional.empty(), checkpoints, ours, CLASSICAL);
    }
    List<String> differences =
        settings
            .map(s -> s.differencesFrom(RunSettings.published(known.get())))
            .orElse(List.of("its settings are not recorded"));
    return new Reproduction(
        preset,
        differences.isEmpty() ? Kind.COMPARABLE : Kind.NOT_COMPARABLE,
        differences,
        table.experiment(preset),
        checkpoints,
        ours,
        known.get().procedure().classicalBaseline().label());
  }

  /** Holds the run read back from a results folder against {@code table}. */
  public static Reproduction of(RunData run, PublishedTable table) {
    RunInfo info = run.info();
    List<StrategyResult> ours = new ArrayList<>();
    for (StrategyRuns strategy : run.strategies()) {
      Map<Integer, MeanStd> byEpoch = new TreeMap<>();
      for (int epoch : info.checkpoints()) {
        if (epoch <= strategy.runs().get(0).epochs()) {
          byEpoch.put(epoch, strategy.metricAt(epoch));
        }
      }
      ours.add(new StrategyResult(strategy.name(), strategy.seeds(), byEpoch));
    }
    return of(
        info.preset(),
        protocolOf(info.settings()),
        RunSettings.fromSummary(info.settings()),
        info.checkpoints(),
        ours,
        table);
  }

  /** Every strategy that has a value at {@code epoch}, ours beside the paper's. */
  public List<Row> rows(int epoch) {
    List<Row> rows = new ArrayList<>();
    for (StrategyResult result : ours) {
      MeanStd value = result.byEpoch().get(epoch);
      if (value == null) {
        continue;
      }
      Optional<PublishedValue> paper = paper(epoch, result.strategy());
      Verdict verdict =
          paper
              .map(p -> p.contains(value.mean()) ? Verdict.IN_BAND : Verdict.NOT_IN_BAND)
              .orElse(Verdict.NOT_PUBLISHED);
      rows.add(new Row(result.strategy(), result.text(epoch), paper, verdict));
    }
    return rows;
  }

  /**
   * learn2mix − the {@link #baseline} at {@code epoch}, if both ran, beside the paper's learn2mix −
   * classical.
   */
  public Optional<Difference> difference(int epoch) {
    Optional<MeanStd> learn2mix = mean(LEARN2MIX, epoch);
    Optional<MeanStd> against = mean(baseline, epoch);
    if (learn2mix.isEmpty() || against.isEmpty()) {
      return Optional.empty();
    }
    Optional<PublishedValue> paperLearn2mix = paper(epoch, LEARN2MIX);
    Optional<PublishedValue> paperClassical = paper(epoch, baseline);
    Optional<BigDecimal> paper =
        paperLearn2mix.isPresent() && paperClassical.isPresent()
            ? Optional.of(paperLearn2mix.get().mean().subtract(paperClassical.get().mean()))
            : Optional.empty();
    return Optional.of(new Difference(learn2mix.get().mean() - against.get().mean(), paper));
  }

  /** One sentence on why the run is not compared; empty for a comparable run. */
  public String reason() {
    return switch (kind) {
      case COMPARABLE -> "";
      case NOT_COMPARABLE ->
          "Not comparable with the paper: this run's settings differ from the published ones: "
              + String.join(", ", differences)
              + ".";
      case NOT_IN_PAPER ->
          "No published values: " + preset + " is not one of the paper's experiments.";
    };
  }

  /** The name of the difference's row: learn2mix − the baseline. */
  public String differenceName() {
    return LEARN2MIX + " − " + baseline;
  }

  /**
   * One sentence saying which of our strategies holds the paper's classical values when it is not
   * classical; empty otherwise.
   */
  public String baselineNote() {
    return baseline.equals(CLASSICAL)
        ? ""
        : "The script's \"classical\" is our "
            + baseline
            + ", so the paper's classical values are held against "
            + baseline
            + "; our classical (shuffled batches) has none.";
  }

  /** The published value for our {@code strategy}: the paper's classical for the baseline. */
  private Optional<PublishedValue> paper(int epoch, String strategy) {
    if (strategy.equals(baseline)) {
      return published.flatMap(p -> p.at(epoch, CLASSICAL));
    }
    if (strategy.equals(CLASSICAL)) {
      return Optional.empty();
    }
    return published.flatMap(p -> p.at(epoch, strategy));
  }

  private Optional<MeanStd> mean(String strategy, int epoch) {
    return ours.stream()
        .filter(r -> r.strategy().equals(strategy))
        .findFirst()
        .map(r -> r.byEpoch().get(epoch));
  }

  private static Optional<Preset> find(String name, Protocol protocol) {
    for (Preset preset : Presets.all()) {
      if (preset.name().equals(name)) {
        if (protocol == Protocol.PAPER) {
          return Optional.of(preset);
        }
        return Presets.referenceCode(name).map(code -> code.applyTo(preset));
      }
    }
    return Optional.empty();
  }

  /**
   * The protocol a summary's settings (as {@code SummaryJson.settingsAsText} words them) name;
   * paper where they name none or one this version does not know.
   */
  public static Protocol protocolOf(Map<String, String> settings) {
    for (Protocol protocol : Protocol.values()) {
      if (protocol.label().equals(settings.get("protocol"))) {
        return protocol;
      }
    }
    return Protocol.PAPER;
  }
}
