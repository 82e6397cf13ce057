package org.learn2mix.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.learn2mix.batching.Strategy;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.ExperimentSummary;
import org.learn2mix.experiment.MeanStd;

/**
 * {@code summary.json}: the experiment's settings, the aggregate per strategy at the checkpoint
 * epochs, and where and how it ran.
 */
public final class SummaryJson {
  /** The file name inside a run folder. */
  public static final String FILE = "summary.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private SummaryJson() {}

  /**
   * The summary document.
   *
   * @param settings what was run
   * @param info task facts: metric name, whether higher is better, class names and counts
   * @param summary the aggregate (may cover fewer runs than planned while a run is in progress)
   * @param provenance versions, machine and times
   * @param complete whether every planned run has finished
   */
  public static ObjectNode document(
      ExperimentSettings settings,
      TaskInfo info,
      ExperimentSummary summary,
      Map<String, Object> provenance,
      boolean complete) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("preset", settings.preset().name());
    root.put("task", info.task());
    root.put("metric", info.metric());
    root.put("higher_is_better", info.higherIsBetter());
    root.put("epochs", settings.training().epochs());
    ArrayNode seeds = root.putArray("seeds");
    settings.seeds().forEach(seeds::add);
    root.put("complete", complete);
    ArrayNode checkpoints = root.putArray("checkpoints");
    summary.checkpoints().forEach(checkpoints::add);

    ObjectNode resolved = root.putObject("settings");
    resolved.put("learning_rate", settings.training().learningRate());
    resolved.put("gamma", settings.training().mixing().gamma());
    resolved.put("batch_size", settings.training().batchSize());
    if (settings.training().microBatch() > 0) {
      resolved.put("micro_batch", settings.training().microBatch());
    } else {
      resolved.putNull("micro_batch");
    }
    resolved.put("epochs", settings.training().epochs());
    resolved.put("signal", settings.training().mixing().signal().label());
    resolved.put("update", settings.training().mixing().schedule().label());
    resolved.put("optimizer", "adam");
    resolved.put("data_dir", settings.dataDir() == null ? null : settings.dataDir().toString());
    ArrayNode strategies = resolved.putArray("strategies");
    settings.strategies().forEach(s -> strategies.add(s.label()));

    ObjectNode classes = root.putObject("classes");
    ArrayNode names = classes.putArray("names");
    info.classNames().forEach(names::add);
    ArrayNode counts = classes.putArray("train_counts");
    for (int count : info.trainCounts()) {
      counts.add(count);
    }
    if (!settings.preset().alphaStar().isEmpty()) {
      ArrayNode alphaStar = classes.putArray("alpha_star");
      settings.preset().alphaStar().forEach(alphaStar::add);
    }

    ObjectNode results = root.putObject("strategies");
    for (Map.Entry<Strategy, ExperimentSummary.StrategySummary> e :
        summary.strategies().entrySet()) {
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
    root.set("provenance", MAPPER.valueToTree(provenance));
    return root;
  }

  /** Writes {@code document} to {@code file} atomically. */
  public static void write(Path file, ObjectNode document) throws IOException {
    AtomicFiles.write(
        file,
        out -> {
          MAPPER.writeValue(out, document);
          out.write(System.lineSeparator());
        });
  }

  /**
   * Facts about the task that the summary states.
   *
   * @param task {@code classification}, {@code regression} or {@code reconstruction}
   * @param metric the metric's column name
   * @param higherIsBetter whether a larger metric is better
   * @param classNames the mixing classes
   * @param trainCounts training examples per class
   */
  public record TaskInfo(
      String task,
      String metric,
      boolean higherIsBetter,
      java.util.List<String> classNames,
      int[] trainCounts) {}
}
