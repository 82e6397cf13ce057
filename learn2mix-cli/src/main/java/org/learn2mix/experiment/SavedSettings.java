package org.learn2mix.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.learn2mix.batching.Strategy;
import org.learn2mix.mixing.LossSignal;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.mixing.UpdateSchedule;
import org.learn2mix.train.TrainingSettings;

/** Reads back the settings an experiment was started with from its run folder's summary.json. */
public final class SavedSettings {
  private SavedSettings() {}

  /**
   * The settings of the experiment in {@code runFolder}.
   *
   * @throws UsageException if the folder holds no readable summary.json
   */
  public static ExperimentSettings read(Path runFolder) {
    Path file = runFolder.resolve("summary.json");
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "--resume " + runFolder + " holds no summary.json; it is not a learn2mix run folder");
    }
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UsageException("--resume: " + file + " is not valid JSON: " + e.getMessage(), e);
    }
    try {
      JsonNode s = root.path("settings");
      Preset preset = Presets.find(text(root, "preset"));
      List<Strategy> strategies = new ArrayList<>();
      s.path("strategies").forEach(n -> strategies.add(Strategy.fromLabel(n.asText())));
      List<Long> seeds = new ArrayList<>();
      root.path("seeds").forEach(n -> seeds.add(n.asLong()));
      MixingSettings mixing =
          new MixingSettings(
              number(s, "gamma"),
              LossSignal.fromLabel(text(s, "signal")),
              UpdateSchedule.fromLabel(text(s, "update")));
      TrainingSettings training =
          new TrainingSettings(
              number(s, "learning_rate"),
              (int) number(s, "batch_size"),
              (int) number(s, "epochs"),
              mixing,
              s.path("micro_batch").asInt(0));
      JsonNode dataDir = s.path("data_dir");
      return new ExperimentSettings(
          preset,
          strategies,
          seeds,
          training,
          dataDir.isTextual() ? Path.of(dataDir.asText()) : null);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--resume: " + file + " has bad settings: " + e.getMessage(), e);
    }
  }

  /**
   * The engine thread count the experiment in {@code runFolder} was started with, if it was set
   * explicitly; results are bit-identical only at equal thread counts.
   */
  public static Optional<Integer> threads(Path runFolder) {
    try {
      JsonNode threads =
          new ObjectMapper()
              .readTree(runFolder.resolve("summary.json").toFile())
              .path("provenance")
              .path("engine_threads");
      return threads.isTextual() && threads.asText().matches("[1-9][0-9]*")
          ? Optional.of(Integer.parseInt(threads.asText()))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return value.asText();
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("missing '" + field + "'");
    }
    return value.asDouble();
  }
}
