package org.learn2mix.sweep;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.learn2mix.batching.Strategy;
import org.learn2mix.experiment.UsageException;
import org.learn2mix.results.AtomicFiles;

/**
 * {@code sweep.json}: the plan of a sweep, written once into its folder before any cell trains, so
 * that every worker (another process, shard or machine) trains the same grid. It also lists the
 * cells' names, for tools that hand them out.
 */
public final class SweepPlanFile {
  /** The file name inside a sweep folder. */
  public static final String FILE = "sweep.json";

  private static final int FORMAT = 1;
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepPlanFile() {}

  /** Writes {@code plan} to {@code dir}'s sweep.json atomically. */
  public static void write(Path dir, SweepPlan plan) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    plan.arguments().forEach(root.putArray("arguments")::add);
    plan.gammas().forEach(root.putArray("gammas")::add);
    plan.batchSizes().forEach(root.putArray("batch_sizes")::add);
    plan.learningRates().forEach(root.putArray("learning_rates")::add);
    plan.strategies().forEach(s -> root.withArray("strategies").add(s.label()));
    plan.seeds().forEach(root.putArray("seeds")::add);
    ArrayNode cells = root.putArray("cells");
    plan.cells().forEach(c -> cells.add(c.id()));
    AtomicFiles.write(
        dir.resolve(FILE),
        out -> {
          out.write(MAPPER.writeValueAsString(root));
          out.write(System.lineSeparator());
        });
  }

  /**
   * Reads the plan in {@code dir}.
   *
   * @throws UsageException if {@code dir} holds no readable sweep.json
   */
  public static SweepPlan read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          dir + " holds no " + FILE + "; is it a folder 'learn2mix sweep' wrote?");
    }
    try {
      JsonNode root = MAPPER.readTree(Files.readString(file));
      if (root.path("format").asInt() != FORMAT) {
        throw new UsageException(file + " is not a sweep plan of this version");
      }
      return new SweepPlan(
          list(root, "arguments", JsonNode::asText),
          list(root, "gammas", JsonNode::asDouble),
          list(root, "batch_sizes", JsonNode::asInt),
          list(root, "learning_rates", JsonNode::asDouble),
          list(root, "strategies", n -> Strategy.fromLabel(n.asText())),
          list(root, "seeds", JsonNode::asLong));
    } catch (JacksonException e) {
      throw new UsageException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(file + ": " + e.getMessage(), e);
    }
  }

  private static <T> List<T> list(JsonNode root, String field, Function<JsonNode, T> read) {
    List<T> values = new ArrayList<>();
    root.path(field).forEach(n -> values.add(read.apply(n)));
    return values;
  }
}
