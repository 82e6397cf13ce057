package org.learn2mix.experiment;

import ai.djl.nn.Block;
import java.util.List;
import java.util.function.Function;
import org.learn2mix.data.Task;
import org.learn2mix.data.TaskData;

/**
 * A published experiment: its data, its network and its hyperparameters (SPEC section 7).
 *
 * @param name the name users type, e.g. {@code mean-estimation}
 * @param summary one line for listings
 * @param task what is learnt, known before the data is read
 * @param data reads the data set and prepares it for a seed
 * @param architecture makes a fresh network fitting the prepared data (its class count, example
 *     shape and vocabulary size travel with it)
 * @param learningRate Adam's η
 * @param gamma mixing rate γ
 * @param batchSize M
 * @param epochs E
 * @param alphaStar α* of Proposition 2.3 (SPEC section 11), L_i(θ*) / Σ_j L_j(θ*), one share per
 *     class, which the α chart draws as reference lines; empty when it is not known in closed form,
 *     as for every published experiment
 * @param procedure how the runs train beyond the hyperparameters, and under which protocol
 */
public record Preset(
    String name,
    String summary,
    Task task,
    DataRecipe<?> data,
    Function<TaskData, Block> architecture,
    double learningRate,
    double gamma,
    int batchSize,
    int epochs,
    List<Double> alphaStar,
    Procedure procedure) {
  /** Copies α*. */
  public Preset {
    alphaStar = List.copyOf(alphaStar);
  }

  /** A preset that follows the paper's text. */
  public Preset(
      String name,
      String summary,
      Task task,
      DataRecipe<?> data,
      Function<TaskData, Block> architecture,
      double learningRate,
      double gamma,
      int batchSize,
      int epochs,
      List<Double> alphaStar) {
    this(
        name,
        summary,
        task,
        data,
        architecture,
        learningRate,
        gamma,
        batchSize,
        epochs,
        alphaStar,
        Procedure.paper());
  }

  /** The same preset trained as {@code other} says. */
  public Preset under(Procedure other) {
    return new Preset(
        name,
        summary,
        task,
        data,
        architecture,
        learningRate,
        gamma,
        batchSize,
        epochs,
        alphaStar,
        other);
  }

  /** The same preset with its data prepared by {@code recipe}. */
  public Preset withData(DataRecipe<?> recipe) {
    return new Preset(
        name,
        summary,
        task,
        recipe,
        architecture,
        learningRate,
        gamma,
        batchSize,
        epochs,
        alphaStar,
        procedure);
  }

  /** The same preset with mixing rate {@code rate}. */
  public Preset withGamma(double rate) {
    return new Preset(
        name,
        summary,
        task,
        data,
        architecture,
        learningRate,
        rate,
        batchSize,
        epochs,
        alphaStar,
        procedure);
  }

  /** A preset whose α* is not known. */
  public Preset(
      String name,
      String summary,
      Task task,
      DataRecipe<?> data,
      Function<TaskData, Block> architecture,
      double learningRate,
      double gamma,
      int batchSize,
      int epochs) {
    this(
        name, summary, task, data, architecture, learningRate, gamma, batchSize, epochs, List.of());
  }
}
