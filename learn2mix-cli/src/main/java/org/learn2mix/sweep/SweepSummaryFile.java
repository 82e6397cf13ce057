package org.learn2mix.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.learn2mix.batching.Strategy;
import org.learn2mix.report.RunReport;
import org.learn2mix.report.runs.RunInfo;
import org.learn2mix.results.AtomicFiles;
import org.learn2mix.results.MeanStd;
import org.learn2mix.results.SummaryJson;

/**
 * The sweep's {@code summary.json}: the grid, every setting with each strategy's final metric (mean
 * and population std over seeds), seeds finished and epochs to target, the best setting per
 * strategy, and every cell with its state, folder and failures.
 */
final class SweepSummaryFile {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SweepSummaryFile() {}

  static void write(Path dir, SweepResults results) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    SweepPlan plan = results.plan();
    Optional<RunInfo> info = results.info();
    root.put("kind", "sweep");
    root.put("preset", info.map(RunInfo::preset).orElse(null));
    root.put("metric", info.map(RunInfo::metric).orElse(null));
    if (info.isPresent()) {
      root.put("higher_is_better", info.get().higherIsBetter());
    } else {
      root.putNull("higher_is_better");
    }
    root.put("complete", results.complete());
    ObjectNode grid = root.putObject("grid");
    plan.gammas().forEach(grid.putArray("gammas")::add);
    plan.batchSizes().forEach(grid.putArray("batch_sizes")::add);
    plan.learningRates().forEach(grid.putArray("learning_rates")::add);
    plan.strategies().forEach(s -> grid.withArray("strategies").add(s.label()));
    plan.seeds().forEach(grid.putArray("seeds")::add);

    ObjectNode best = root.putObject("best");
    for (Strategy strategy : plan.strategies()) {
      Optional<Setting> setting = results.best(strategy);
      if (setting.isPresent()) {
        best.put(
            strategy.label(),
            strategy.adapts() ? setting.get().id() : setting.get().withoutGamma());
      } else {
        best.putNull(strategy.label());
      }
    }

    ArrayNode settings = root.putArray("settings");
    for (SweepResults.SettingResult s : results.settings()) {
      ObjectNode node = settings.addObject();
      node.put("id", s.setting().id());
      node.put("gamma", s.setting().gamma());
      node.put("batch_size", s.setting().batchSize());
      node.put("learning_rate", s.setting().learningRate());
      if (s.run() != null) {
        node.put("folder", SweepFolder.SETTINGS + "/" + s.setting().id());
        node.put("report", SweepFolder.SETTINGS + "/" + s.setting().id() + "/" + RunReport.PAGE);
        node.put("complete", s.run().info().complete());
      } else {
        node.putNull("folder");
        node.putNull("report");
        node.put("complete", false);
      }
      ObjectNode strategies = node.putObject("strategies");
      for (Strategy strategy : plan.strategies()) {
        ObjectNode st = strategies.putObject(strategy.label());
        st.put("uses_gamma", strategy.adapts());
        st.put("seeds_finished", s.seeds(strategy));
        Optional<MeanStd> m = s.finalMetric(strategy);
        if (m.isPresent()) {
          ObjectNode fin = st.putObject("final");
          fin.put("mean", m.get().mean());
          fin.put("std", m.get().std());
        } else {
          st.putNull("final");
        }
        Optional<Integer> epochs = s.epochsToTarget(strategy);
        if (epochs.isPresent()) {
          st.put("epochs_to_target", epochs.get());
        } else {
          st.putNull("epochs_to_target");
        }
        st.put("best", results.isBest(strategy, s.setting()));
      }
    }

    ArrayNode cells = root.putArray("cells");
    for (SweepResults.CellResult c : results.cells()) {
      ObjectNode node = cells.addObject();
      node.put("id", c.cell().id());
      node.put("strategy", c.cell().strategy().label());
      node.put("seed", c.cell().seed());
      if (c.cell().sharedAcrossGamma()) {
        node.putNull("gamma");
      } else {
        node.put("gamma", c.cell().setting().gamma());
      }
      node.put("batch_size", c.cell().setting().batchSize());
      node.put("learning_rate", c.cell().setting().learningRate());
      node.put("state", c.state().name().toLowerCase(java.util.Locale.ROOT));
      node.put("folder", SweepFolder.CELLS + "/" + c.cell().id());
      c.failures().forEach(node.putArray("failed_tries")::add);
    }
    AtomicFiles.write(
        dir.resolve(SummaryJson.FILE),
        out -> {
          out.write(MAPPER.writeValueAsString(root));
          out.write(System.lineSeparator());
        });
  }
}
