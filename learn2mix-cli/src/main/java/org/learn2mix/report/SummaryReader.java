package org.learn2mix.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.learn2mix.experiment.ExperimentSummary;

/** Reads {@code summary.json} back into a {@link RunInfo}. */
final class SummaryReader {
  private SummaryReader() {}

  static RunInfo read(Path file) throws RunFolderException {
    JsonNode root = parse(file);
    String name = file.getFileName().toString();
    int epochs = integer(root, "epochs", name);
    if (epochs < 1) {
      throw new RunFolderException(name + ": \"epochs\" must be at least 1, was " + epochs);
    }
    List<Integer> checkpoints = new ArrayList<>();
    if (root.path("checkpoints").isArray()) {
      for (JsonNode c : root.get("checkpoints")) {
        if (!c.canConvertToInt() || c.asInt() < 1 || c.asInt() > epochs) {
          throw new RunFolderException(
              name + ": checkpoint " + c + " is not an epoch in 1.." + epochs);
        }
        checkpoints.add(c.asInt());
      }
    } else {
      checkpoints.addAll(ExperimentSummary.checkpoints(epochs));
    }
    JsonNode names = root.at("/classes/names");
    if (!names.isArray() || names.isEmpty()) {
      throw new RunFolderException(name + " names no classes (\"classes\": {\"names\": [...]})");
    }
    List<String> classNames = new ArrayList<>();
    names.forEach(n -> classNames.add(n.asText()));
    List<Integer> counts = new ArrayList<>();
    root.at("/classes/train_counts").forEach(n -> counts.add(n.asInt()));
    List<Long> seeds = new ArrayList<>();
    root.path("seeds").forEach(n -> seeds.add(n.asLong()));
    JsonNode higher = root.get("higher_is_better");
    if (higher == null || !higher.isBoolean()) {
      throw new RunFolderException(name + " lacks \"higher_is_better\" (true or false)");
    }
    return new RunInfo(
        root.path("preset").asText("unnamed"),
        root.path("task").asText("unknown"),
        text(root, "metric", name),
        higher.asBoolean(),
        epochs,
        seeds,
        root.path("complete").asBoolean(false),
        checkpoints,
        classNames,
        counts.size() == classNames.size() ? counts : List.of(),
        texts(root.path("settings")),
        texts(root.path("provenance")),
        alphaStar(root, classNames.size(), name));
  }

  /** {@code classes.alpha_star}: k shares, or empty where the file has none. */
  private static List<Double> alphaStar(JsonNode root, int k, String file)
      throws RunFolderException {
    JsonNode shares = root.at("/classes/alpha_star");
    if (shares.isMissingNode()) {
      return List.of();
    }
    List<Double> alpha = new ArrayList<>();
    shares.forEach(n -> alpha.add(n.isNumber() ? n.asDouble() : Double.NaN));
    if (!shares.isArray() || alpha.size() != k || alpha.stream().anyMatch(a -> !(a >= 0))) {
      throw new RunFolderException(
          file + ": \"classes\": {\"alpha_star\"} must hold " + k + " shares, was " + shares);
    }
    return alpha;
  }

  private static JsonNode parse(Path file) throws RunFolderException {
    try {
      JsonNode root = new ObjectMapper().readTree(Files.readString(file));
      if (root == null || !root.isObject()) {
        throw new RunFolderException(file + " does not hold a JSON object");
      }
      return root;
    } catch (JacksonException e) {
      throw new RunFolderException(
          file + " is not valid JSON: " + e.getOriginalMessage() + location(e), e);
    } catch (IOException e) {
      throw new RunFolderException("cannot read " + file + ": " + RunFolderReader.reason(e), e);
    }
  }

  private static String location(JacksonException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static int integer(JsonNode root, String field, String file) throws RunFolderException {
    JsonNode node = root.get(field);
    if (node == null || !node.canConvertToInt()) {
      throw new RunFolderException(file + " lacks \"" + field + "\" (a whole number)");
    }
    return node.asInt();
  }

  private static String text(JsonNode root, String field, String file) throws RunFolderException {
    JsonNode node = root.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new RunFolderException(file + " lacks \"" + field + "\" (a text)");
    }
    return node.asText();
  }

  /** An object's fields as texts; arrays are joined with commas, null becomes "-". */
  private static Map<String, String> texts(JsonNode object) {
    Map<String, String> texts = new LinkedHashMap<>();
    object
        .fields()
        .forEachRemaining(
            e -> {
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
            });
    return texts;
  }
}
