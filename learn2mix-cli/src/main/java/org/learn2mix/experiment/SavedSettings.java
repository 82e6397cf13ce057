package org.learn2mix.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.learn2mix.results.ExperimentPlan;
import org.learn2mix.results.SummaryException;
import org.learn2mix.results.SummaryJson;

/** Reads back the settings an experiment was started with from its run folder's summary.json. */
public final class SavedSettings {
  private SavedSettings() {}

  /**
   * The settings of the experiment in {@code runFolder}.
   *
   * @throws UsageException if the folder holds no readable summary.json
   */
  public static ExperimentSettings read(Path runFolder) {
    ExperimentPlan plan;
    try {
      plan = summary(runFolder).plan();
    } catch (SummaryException e) {
      throw new UsageException("--resume " + runFolder + ": " + e.getMessage(), e);
    }
    if (plan.ownData() != null) {
      try {
        return switch (plan.ownData().kind()) {
          case OwnTableExperiment.KIND -> OwnTableExperiment.resume(plan);
          case OwnTextExperiment.KIND -> OwnTextExperiment.resume(plan);
          case OwnImageExperiment.KIND -> OwnImageExperiment.resume(plan);
          default ->
              throw new UsageException(
                  "the results record own data of kind '"
                      + plan.ownData().kind()
                      + "', which this version cannot read");
        };
      } catch (UsageException e) {
        throw new UsageException("--resume " + runFolder + ": " + e.getMessage(), e);
      }
    }
    Protocol protocol;
    try {
      protocol = plan.protocol() == null ? Protocol.PAPER : Protocol.fromLabel(plan.protocol());
    } catch (UsageException e) {
      throw new UsageException("--resume " + runFolder + ": " + e.getMessage(), e);
    }
    return new ExperimentSettings(
        Presets.find(plan.preset(), protocol),
        plan.strategies(),
        plan.seeds(),
        plan.training(),
        plan.dataDir());
  }

  /**
   * The engine thread count the experiment in {@code runFolder} was started with, if it was set
   * explicitly; results are bit-identical only at equal thread counts.
   */
  public static Optional<Integer> threads(Path runFolder) {
    try {
      return summary(runFolder).engineThreads();
    } catch (SummaryException e) {
      return Optional.empty();
    }
  }

  /**
   * The device the experiment in {@code runFolder} trained on, as its provenance names it (e.g.
   * {@code cpu}); results are bit-identical only on the same device. Empty for a folder written
   * before devices were recorded.
   */
  public static Optional<String> device(Path runFolder) {
    try {
      return summary(runFolder).device();
    } catch (SummaryException e) {
      return Optional.empty();
    }
  }

  private static SummaryJson summary(Path runFolder) throws SummaryException {
    Path file = runFolder.resolve(SummaryJson.FILE);
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "--resume " + runFolder + " holds no summary.json; it is not a learn2mix run folder");
    }
    return SummaryJson.read(file);
  }
}
