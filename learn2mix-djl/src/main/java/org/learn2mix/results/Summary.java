package org.learn2mix.results;

/**
 * Everything {@code summary.json} states about an experiment; {@link SummaryJson} writes it.
 *
 * @param plan what was, or is being, trained; not null
 * @param task the task's metric and classes; not null
 * @param results the aggregate over the runs finished so far, at the checkpoints of the plan's
 *     epochs; not null
 * @param complete whether every planned run has finished
 * @param provenance versions, machine, times and data files; not null
 * @param failure the run that stopped with an error, or {@code null} if none did
 * @param verdict learn2mix against classical, or {@code null} unless both have finished runs
 */
public record Summary(
    ExperimentPlan plan,
    TaskInfo task,
    ExperimentSummary results,
    boolean complete,
    Provenance provenance,
    RunFailure failure,
    Verdict verdict) {
  /**
   * Validates.
   *
   * @param plan what was, or is being, trained
   * @param task the task's metric and classes
   * @param results the aggregate over the runs finished so far
   * @param complete whether every planned run has finished
   * @param provenance versions, machine, times and data files
   * @param failure the run that stopped with an error, or {@code null} if none did
   * @param verdict learn2mix against classical, or {@code null}
   * @throws IllegalArgumentException if {@code plan}, {@code task}, {@code results} or {@code
   *     provenance} is null, or the results' checkpoints are not those of the plan's epochs
   */
  public Summary {
    if (plan == null || task == null || results == null || provenance == null) {
      throw new IllegalArgumentException("plan, task, results and provenance are required");
    }
    if (!results.checkpoints().equals(ExperimentSummary.checkpoints(plan.training().epochs()))) {
      throw new IllegalArgumentException(
          "checkpoints "
              + results.checkpoints()
              + " do not belong to "
              + plan.training().epochs()
              + " epochs");
    }
  }

  /**
   * A summary without a verdict.
   *
   * @param plan what was, or is being, trained
   * @param task the task's metric and classes
   * @param results the aggregate over the runs finished so far
   * @param complete whether every planned run has finished
   * @param provenance versions, machine, times and data files
   * @param failure the run that stopped with an error, or {@code null} if none did
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Summary(
      ExperimentPlan plan,
      TaskInfo task,
      ExperimentSummary results,
      boolean complete,
      Provenance provenance,
      RunFailure failure) {
    this(plan, task, results, complete, provenance, failure, null);
  }
}
