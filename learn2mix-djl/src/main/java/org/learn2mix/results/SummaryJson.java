package org.learn2mix.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learn2mix.batching.Strategy;
import org.learn2mix.mixing.AllocationRule;
import org.learn2mix.mixing.LossSignal;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.mixing.UpdateSchedule;
import org.learn2mix.train.InitialWeights;
import org.learn2mix.train.TrainingSettings;

/**
 * The layout of {@code summary.json}: writes a {@link Summary} and reads one back, part by part.
 * Each part is checked when it is asked for, so a reader that only shows a file can read one that
 * lacks what resuming it would need.
 */
public final class SummaryJson {
  /** The file name inside a run folder. */
  public static final String FILE = "summary.json";

  private static final String OPTIMIZER = "adam";
  private static final String DECOUPLED_DECAY = "adamw";
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final JsonNode root;
  private final String name;

  private SummaryJson(JsonNode root, String name) {
    this.root = root;
    this.name = name;
  }

  /**
   * Writes {@code summary} to {@code file} atomically, as indented UTF-8 JSON ending in a line
   * break.
   *
   * @param file the file to create or replace, normally {@value #FILE} in a run folder that exists
   * @param summary what to write
   * @throws IOException if the file cannot be written; it is then left as it was
   */
  public static void write(Path file, Summary summary) throws IOException {
    ObjectNode document = document(summary);
    AtomicFiles.write(
        file,
        out -> {
          MAPPER.writeValue(out, document);
          out.write(System.lineSeparator());
        });
  }

  /** The JSON document of {@code summary}. */
  static ObjectNode document(Summary summary) {
    ExperimentPlan plan = summary.plan();
    TrainingSettings training = plan.training();
    TaskInfo task = summary.task();
    ObjectNode root = MAPPER.createObjectNode();
    root.put("preset", plan.preset());
    if (plan.protocol() != null) {
      root.put("protocol", plan.protocol());
    }
    root.put("task", task.task());
    root.put("metric", task.metric());
    root.put("higher_is_better", task.higherIsBetter());
    root.put("epochs", training.epochs());
    ArrayNode seeds = root.putArray("seeds");
    plan.seeds().forEach(seeds::add);
    root.put("complete", summary.complete());
    ArrayNode checkpoints = root.putArray("checkpoints");
    summary.results().checkpoints().forEach(checkpoints::add);

    ObjectNode settings = root.putObject("settings");
    settings.put("learning_rate", training.learningRate());
    settings.put("gamma", training.mixing().gamma());
    settings.put("batch_size", training.batchSize());
    if (training.microBatch() > 0) {
      settings.put("micro_batch", training.microBatch());
    } else {
      settings.putNull("micro_batch");
    }
    settings.put("epochs", training.epochs());
    settings.put("signal", training.mixing().signal().label());
    settings.put("update", training.mixing().schedule().label());
    // Written only where they differ from the defaults, so that results of the default settings
    // read as they always have.
    if (training.mixing().allocation() != AllocationRule.LARGEST_REMAINDER) {
      settings.put("allocation", training.mixing().allocation().label());
    }
    if (training.weightDecay() > 0) {
      settings.put("optimizer", DECOUPLED_DECAY);
      settings.put("weight_decay", training.weightDecay());
    } else {
      settings.put("optimizer", OPTIMIZER);
    }
    if (training.initialWeights() != null) {
      ObjectNode start = settings.putObject("initial_weights");
      start.put("base_seed", training.initialWeights().baseSeed());
      start.put("noise_std", training.initialWeights().noiseStd());
    }
    settings.put("data_dir", plan.dataDir() == null ? null : plan.dataDir().toString());
    ArrayNode strategies = settings.putArray("strategies");
    plan.strategies().forEach(s -> strategies.add(s.label()));
    if (plan.ownData() != null) {
      OwnData own = plan.ownData();
      ObjectNode ownData = root.putObject("own_data");
      ownData.put("kind", own.kind());
      ownData.put("path", own.path());
      ownData.put("sha256", own.sha256());
      ObjectNode options = ownData.putObject("options");
      own.options()
          .forEach(
              (option, values) -> {
                if (values.size() == 1) {
                  options.put(option, values.get(0));
                } else {
                  values.forEach(options.putArray(option)::add);
                }
              });
    }

    ObjectNode classes = root.putObject("classes");
    ArrayNode names = classes.putArray("names");
    task.classNames().forEach(names::add);
    ArrayNode counts = classes.putArray("train_counts");
    task.trainCounts().forEach(counts::add);
    if (!task.alphaStar().isEmpty()) {
      ArrayNode alphaStar = classes.putArray("alpha_star");
      task.alphaStar().forEach(alphaStar::add);
    }

    ObjectNode results = root.putObject("strategies");
    for (Map.Entry<Strategy, ExperimentSummary.StrategySummary> e :
        summary.results().strategies().entrySet()) {
      ObjectNode node = results.putObject(e.getKey().label());
      node.put("seeds_finished", e.getValue().seeds());
      ObjectNode byEpoch = node.putObject("by_epoch");
      for (Map.Entry<Integer, MeanStd> point : e.getValue().byEpoch().entrySet()) {
        ObjectNode stats = byEpoch.putObject(String.valueOf(point.getKey()));
        stats.put("mean", point.getValue().mean());
        stats.put("std", point.getValue().std());
      }
      node.put("seconds_per_epoch", e.getValue().secondsPerEpoch());
    }
    if (summary.verdict() != null) {
      root.set("verdict", verdict(summary.verdict()));
    }
    root.set("provenance", MAPPER.valueToTree(summary.provenance()));
    RunFailure failure = summary.failure();
    if (failure != null) {
      ObjectNode failed = root.putObject("failed");
      failed.put("strategy", failure.strategy().label());
      failed.put("seed", failure.seed());
      failed.put("epochs_completed", failure.epochsCompleted());
      failed.put("error", failure.error());
    }
    return root;
  }

  private static ObjectNode verdict(Verdict verdict) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("strategy", verdict.strategy().label());
    node.put("baseline", verdict.baseline().label());
    node.put("epoch", verdict.epoch());
    node.put("paired_seeds", verdict.pairedSeeds());
    node.put("mean_difference", verdict.meanDifference());
    if (verdict.interval() != null) {
      ObjectNode interval = node.putObject("interval_95");
      interval.put("low", verdict.interval().low());
      interval.put("high", verdict.interval().high());
    } else {
      node.putNull("interval_95");
    }
    node.put("baseline_final", verdict.baselineFinal());
    if (verdict.reach() != null) {
      ObjectNode reach = node.putObject("reaches_baseline_final");
      reach.put("epoch", verdict.reach().epoch());
      reach.put("seconds", verdict.reach().seconds());
    } else {
      node.putNull("reaches_baseline_final");
    }
    node.put("baseline_seconds", verdict.baselineSeconds());
    Verdict.WorstClass worst = verdict.worstClass();
    if (worst != null) {
      ObjectNode w = node.putObject("worst_class");
      w.put("class", worst.index() + 1);
      w.put("name", worst.name());
      ObjectNode values = w.putObject("by_strategy");
      worst
          .values()
          .forEach(
              (strategy, value) -> {
                if (Double.isNaN(value)) {
                  values.putNull(strategy.label());
                } else {
                  values.put(strategy.label(), value);
                }
              });
    } else {
      node.putNull("worst_class");
    }
    return node;
  }

  /**
   * Reads {@code file}. Only the JSON syntax is checked here; each part is checked when asked for.
   *
   * @param file a {@code summary.json}, UTF-8
   * @return the file's content; later messages name the file by its file name
   * @throws SummaryException naming the file, if it cannot be read or holds no JSON object
   */
  public static SummaryJson read(Path file) throws SummaryException {
    try {
      JsonNode root = new ObjectMapper().readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new SummaryException(file + " does not hold a JSON object");
      }
      return new SummaryJson(root, file.getFileName().toString());
    } catch (JacksonException e) {
      throw new SummaryException(
          file + " is not valid JSON: " + e.getOriginalMessage() + location(e), e);
    } catch (IOException e) {
      throw new SummaryException("cannot read " + file + ": " + reason(e), e);
    }
  }

  /**
   * The preset's name, if the file names one.
   *
   * @return the {@code preset} field; empty if it is missing, not a text, or blank
   */
  public Optional<String> preset() {
    JsonNode preset = root.get("preset");
    return preset != null && preset.isTextual() && !preset.asText().isBlank()
        ? Optional.of(preset.asText())
        : Optional.empty();
  }

  /**
   * The planned number of epochs E.
   *
   * @return the {@code epochs} field, at least 1
   * @throws SummaryException if the field is missing, not a whole number, or less than 1
   */
  public int epochs() throws SummaryException {
    JsonNode node = root.get("epochs");
    if (node == null || !node.canConvertToInt()) {
      throw new SummaryException(name + " lacks \"epochs\" (a whole number)");
    }
    int epochs = node.asInt();
    if (epochs < 1) {
      throw new SummaryException(name + ": \"epochs\" must be at least 1, was " + epochs);
    }
    return epochs;
  }

  /**
   * The planned seeds.
   *
   * @return the {@code seeds} array in file order, each entry read as a whole number, as a new
   *     list; empty if the field is missing
   */
  public List<Long> seeds() {
    List<Long> seeds = new ArrayList<>();
    root.path("seeds").forEach(n -> seeds.add(n.asLong()));
    return seeds;
  }

  /**
   * Whether every planned run had finished when the file was written.
   *
   * @return the {@code complete} field; false if it is missing or not a boolean
   */
  public boolean complete() {
    return root.path("complete").asBoolean(false);
  }

  /**
   * The checkpoint epochs, each in 1..E; those of E where the file names none.
   *
   * @return the {@code checkpoints} array in file order, or {@link
   *     ExperimentSummary#checkpoints(int)} of E if the field is missing or not an array
   * @throws SummaryException if E cannot be read or a checkpoint is not a whole number in 1..E
   */
  public List<Integer> checkpoints() throws SummaryException {
    int epochs = epochs();
    if (!root.path("checkpoints").isArray()) {
      return ExperimentSummary.checkpoints(epochs);
    }
    List<Integer> checkpoints = new ArrayList<>();
    for (JsonNode c : root.get("checkpoints")) {
      if (!c.canConvertToInt() || c.asInt() < 1 || c.asInt() > epochs) {
        throw new SummaryException(name + ": checkpoint " + c + " is not an epoch in 1.." + epochs);
      }
      checkpoints.add(c.asInt());
    }
    return checkpoints;
  }

  /**
   * The task's facts; the task is {@code unknown} where the file does not name it, the training
   * counts are empty where they do not match the classes, and α* is empty where the file has none.
   *
   * @return the task's name, metric, direction, class names, training counts and α*
   * @throws SummaryException if the file names no classes, lacks {@code higher_is_better} as a
   *     boolean, lacks {@code metric} as a non-blank text, or has an {@code alpha_star} that is not
   *     one share in [0, 1] per class
   */
  public TaskInfo task() throws SummaryException {
    JsonNode names = root.at("/classes/names");
    if (!names.isArray() || names.isEmpty()) {
      throw new SummaryException(name + " names no classes (\"classes\": {\"names\": [...]})");
    }
    List<String> classNames = new ArrayList<>();
    names.forEach(n -> classNames.add(n.asText()));
    List<Integer> counts = new ArrayList<>();
    root.at("/classes/train_counts").forEach(n -> counts.add(n.asInt()));
    JsonNode higher = root.get("higher_is_better");
    if (higher == null || !higher.isBoolean()) {
      throw new SummaryException(name + " lacks \"higher_is_better\" (true or false)");
    }
    String task = root.path("task").asText("unknown");
    return new TaskInfo(
        task.isBlank() ? "unknown" : task,
        text(root, "metric", "\"metric\""),
        higher.asBoolean(),
        classNames,
        counts.size() == classNames.size() ? counts : List.of(),
        alphaStar(classNames.size()));
  }

  /**
   * {@code classes.alpha_star}: one share in [0, 1] per class, or empty where the file has none.
   */
  private List<Double> alphaStar(int classes) throws SummaryException {
    JsonNode shares = root.at("/classes/alpha_star");
    if (shares.isMissingNode()) {
      return List.of();
    }
    List<Double> alphaStar = new ArrayList<>();
    shares.forEach(n -> alphaStar.add(n.isNumber() ? n.asDouble() : Double.NaN));
    if (!shares.isArray()
        || alphaStar.size() != classes
        || alphaStar.stream().anyMatch(share -> !(share >= 0 && share <= 1))) {
      throw new SummaryException(
          name
              + ": \"classes\".\"alpha_star\" must hold one share in [0, 1] for each of the "
              + classes
              + " classes, was "
              + shares);
    }
    return alphaStar;
  }

  /**
   * The protocol the experiment was run under, if the file names one (files written before
   * protocols were recorded name none).
   *
   * @return the {@code protocol} field; empty if it is missing, not a text, or blank
   */
  public Optional<String> protocol() {
    JsonNode protocol = root.get("protocol");
    return protocol != null && protocol.isTextual() && !protocol.asText().isBlank()
        ? Optional.of(protocol.asText())
        : Optional.empty();
  }

  /**
   * What was planned: the preset, strategies, seeds and the settings the runs were trained with.
   *
   * @return the plan; its data folder is null if the file records none, its micro-batch 0 if the
   *     file records none
   * @throws SummaryException if the preset is missing, or a setting is missing, of the wrong type
   *     or invalid (an unknown strategy, signal or schedule included)
   */
  public ExperimentPlan plan() throws SummaryException {
    String preset = preset().orElseThrow(() -> lacks("\"preset\" (a text)"));
    JsonNode s = root.path("settings");
    try {
      List<Strategy> strategies = new ArrayList<>();
      s.path("strategies").forEach(n -> strategies.add(Strategy.fromLabel(n.asText())));
      MixingSettings mixing =
          new MixingSettings(
              number(s, "gamma"),
              LossSignal.fromLabel(text(s, "signal", setting("signal"))),
              UpdateSchedule.fromLabel(text(s, "update", setting("update"))),
              s.has("allocation")
                  ? AllocationRule.fromLabel(text(s, "allocation", setting("allocation")))
                  : AllocationRule.LARGEST_REMAINDER);
      JsonNode start = s.path("initial_weights");
      TrainingSettings training =
          new TrainingSettings(
              number(s, "learning_rate"),
              (int) number(s, "batch_size"),
              (int) number(s, "epochs"),
              mixing,
              s.path("micro_batch").asInt(0),
              s.has("weight_decay") ? number(s, "weight_decay") : 0,
              start.isObject()
                  ? new InitialWeights(
                      (long) number(start, "base_seed"), number(start, "noise_std"))
                  : null);
      JsonNode dataDir = s.path("data_dir");
      return new ExperimentPlan(
          preset,
          strategies,
          seeds(),
          training,
          dataDir.isTextual() ? Path.of(dataDir.asText()) : null,
          ownData(),
          protocol().orElse(null));
    } catch (IllegalArgumentException e) {
      throw new SummaryException(name + " has bad settings: " + e.getMessage(), e);
    }
  }

  /** The data of one's own the experiment trained on, or null for a preset's. */
  private OwnData ownData() {
    JsonNode own = root.get("own_data");
    if (own == null || own.isNull()) {
      return null;
    }
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : own.path("options").properties()) {
      List<String> values = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(v -> values.add(v.asText()));
      } else {
        values.add(e.getValue().asText());
      }
      options.put(e.getKey(), values);
    }
    return new OwnData(
        own.path("kind").asText(), own.path("path").asText(), own.path("sha256").asText(), options);
  }

  /**
   * The verdict, if the file holds one.
   *
   * @return learn2mix against classical as the file states it
   * @throws SummaryException if the verdict is there but not readable
   */
  public Optional<Verdict> verdict() throws SummaryException {
    JsonNode v = root.get("verdict");
    if (v == null || !v.isObject()) {
      return Optional.empty();
    }
    try {
      JsonNode interval = v.path("interval_95");
      JsonNode reach = v.path("reaches_baseline_final");
      JsonNode worst = v.path("worst_class");
      Verdict.WorstClass worstClass = null;
      if (worst.isObject()) {
        Map<Strategy, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : worst.path("by_strategy").properties()) {
          values.put(
              Strategy.fromLabel(e.getKey()),
              e.getValue().isNumber() ? e.getValue().asDouble() : Double.NaN);
        }
        worstClass =
            new Verdict.WorstClass(
                worst.path("class").asInt() - 1, worst.path("name").asText(), values);
      }
      return Optional.of(
          new Verdict(
              Strategy.fromLabel(v.path("strategy").asText()),
              Strategy.fromLabel(v.path("baseline").asText()),
              v.path("epoch").asInt(),
              v.path("paired_seeds").asInt(),
              v.path("mean_difference").asDouble(),
              interval.isObject()
                  ? new Verdict.Interval(
                      interval.path("low").asDouble(), interval.path("high").asDouble())
                  : null,
              v.path("baseline_final").asDouble(),
              reach.isObject()
                  ? new Verdict.Reach(reach.path("epoch").asInt(), reach.path("seconds").asDouble())
                  : null,
              v.path("baseline_seconds").asDouble(),
              worstClass));
    } catch (IllegalArgumentException e) {
      throw new SummaryException(name + " has a bad verdict: " + e.getMessage(), e);
    }
  }

  /**
   * The aggregate per strategy, in file order.
   *
   * @return the checkpoints and, per strategy named under {@code strategies}, the mean and std at
   *     each epoch under {@code by_epoch} (0 where a number is missing), seconds per epoch (NaN
   *     where missing) and seeds finished (0 where missing)
   * @throws SummaryException if the checkpoints cannot be read, a strategy is unknown, or a {@code
   *     by_epoch} key is not a whole number
   */
  public ExperimentSummary results() throws SummaryException {
    List<Integer> checkpoints = checkpoints();
    Map<Strategy, ExperimentSummary.StrategySummary> strategies = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("strategies").properties()) {
      Strategy strategy;
      try {
        strategy = Strategy.fromLabel(e.getKey());
      } catch (IllegalArgumentException bad) {
        throw new SummaryException(name + ": " + bad.getMessage(), bad);
      }
      JsonNode node = e.getValue();
      Map<Integer, MeanStd> byEpoch = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> point : node.path("by_epoch").properties()) {
        byEpoch.put(
            epoch(point.getKey()),
            new MeanStd(
                point.getValue().path("mean").asDouble(), point.getValue().path("std").asDouble()));
      }
      strategies.put(
          strategy,
          new ExperimentSummary.StrategySummary(
              byEpoch,
              node.path("seconds_per_epoch").asDouble(Double.NaN),
              node.path("seeds_finished").asInt()));
    }
    return new ExperimentSummary(checkpoints, strategies);
  }

  /**
   * The engine thread count the experiment was started with, if it was set explicitly (results are
   * bit-identical only at equal thread counts).
   *
   * @return the provenance's {@code engine_threads} if it is a positive whole number written as
   *     text; empty where it is the default or missing
   */
  public Optional<Integer> engineThreads() {
    JsonNode threads = root.path("provenance").path("engine_threads");
    return threads.isTextual() && threads.asText().matches("[1-9][0-9]*")
        ? Optional.of(Integer.parseInt(threads.asText()))
        : Optional.empty();
  }

  /**
   * The device the experiment trained on, as its provenance names it (results equal number for
   * number only on the same device).
   *
   * @return e.g. {@code cpu} or {@code gpu:0}; empty in a file written before devices were recorded
   */
  public Optional<String> device() {
    JsonNode device = root.path("provenance").path("device");
    return device.isTextual() && !device.asText().isBlank()
        ? Optional.of(device.asText())
        : Optional.empty();
  }

  /**
   * The settings as the file words them, in its order, for showing.
   *
   * @return field name to text, as a new ordered map: the protocol first where the file names one,
   *     then the settings with arrays joined with ", ", null as "-", objects as JSON; empty if the
   *     file has neither
   */
  public Map<String, String> settingsAsText() {
    Map<String, String> settings = new LinkedHashMap<>();
    protocol().ifPresent(protocol -> settings.put("protocol", protocol));
    settings.putAll(texts(root.path("settings")));
    return settings;
  }

  /**
   * The provenance as the file words it, in its order, for showing.
   *
   * @return field name to text, as {@link #settingsAsText()} words them; empty if the file has no
   *     {@code provenance} object
   */
  public Map<String, String> provenanceAsText() {
    return texts(root.path("provenance"));
  }

  private int epoch(String key) throws SummaryException {
    try {
      return Integer.parseInt(key);
    } catch (NumberFormatException e) {
      throw new SummaryException(name + ": \"by_epoch\" key " + key + " is not an epoch", e);
    }
  }

  private SummaryException lacks(String what) {
    return new SummaryException(name + " lacks " + what);
  }

  private static String setting(String field) {
    return "\"settings\".\"" + field + "\"";
  }

  private String text(JsonNode node, String field, String described) throws SummaryException {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw lacks(described + " (a text)");
    }
    return value.asText();
  }

  private double number(JsonNode settings, String field) {
    JsonNode value = settings.path(field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return value.asDouble();
  }

  /** An object's fields as texts; arrays are joined with commas, null becomes "-". */
  private static Map<String, String> texts(JsonNode object) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      JsonNode v = e.getValue();
      String text;
      if (v.isArray()) {
        List<String> parts = new ArrayList<>();
        v.forEach(p -> parts.add(p.asText()));
        text = String.join(", ", parts);
      } else if (v.isNull()) {
        text = "-";
      } else if (v.isValueNode()) {
        text = v.asText();
      } else {
        text = v.toString();
      }
      texts.put(e.getKey(), text);
    }
    return texts;
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  /** A short reason for an I/O failure, without the exception's class name. */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 text";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
