package org.learn2mix.report.published;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.learn2mix.experiment.Preset;
import org.learn2mix.mixing.MixingSettings;
import org.learn2mix.train.TrainingSettings;

/**
 * The settings that decide whether a run's numbers can be held against the paper's: Adam's learning
 * rate, the mixing rate, the batch size, the epochs and how α adapts. The number of seeds, the
 * strategies and micro-batches (equal results up to rounding) do not.
 *
 * @param learningRate η
 * @param gamma γ
 * @param batchSize M
 * @param epochs E
 * @param signal the class-wise loss signal's label
 * @param update the update schedule's label
 */
public record RunSettings(
    double learningRate, double gamma, int batchSize, int epochs, String signal, String update) {

  /** The settings of a run about to train. */
  public static RunSettings of(TrainingSettings training) {
    return new RunSettings(
        training.learningRate(),
        training.mixing().gamma(),
        training.batchSize(),
        training.epochs(),
        training.mixing().signal().label(),
        training.mixing().schedule().label());
  }

  /**
   * The published setting of {@code preset}, with the signal and schedule of its procedure (the
   * paper's, or a script's for a preset under the reference-code protocol).
   */
  public static RunSettings published(Preset preset) {
    MixingSettings mixing = preset.procedure().mixing(preset.gamma());
    return new RunSettings(
        preset.learningRate(),
        preset.gamma(),
        preset.batchSize(),
        preset.epochs(),
        mixing.signal().label(),
        mixing.schedule().label());
  }

  /**
   * The settings as {@code summary.json} records them (its {@code settings} object as texts), or
   * empty if one is missing or unreadable.
   */
  public static Optional<RunSettings> fromSummary(Map<String, String> settings) {
    try {
      return Optional.of(
          new RunSettings(
              Double.parseDouble(settings.get("learning_rate")),
              Double.parseDouble(settings.get("gamma")),
              Integer.parseInt(settings.get("batch_size")),
              Integer.parseInt(settings.get("epochs")),
              settings.getOrDefault("signal", ""),
              settings.getOrDefault("update", "")));
    } catch (NullPointerException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Each setting that differs from {@code published}, e.g. {@code epochs 20 (published 500)}. */
  public List<String> differencesFrom(RunSettings published) {
    List<String> differences = new ArrayList<>();
    differ(differences, "learning rate", number(learningRate), number(published.learningRate));
    differ(differences, "gamma", number(gamma), number(published.gamma));
    differ(differences, "batch size", batchSize, published.batchSize);
    differ(differences, "epochs", epochs, published.epochs);
    differ(differences, "signal", signal, published.signal);
    differ(differences, "update", update, published.update);
    return differences;
  }

  private static void differ(List<String> out, String name, Object ours, Object published) {
    if (!ours.equals(published)) {
      out.add(name + " " + ours + " (published " + published + ")");
    }
  }

  /** Plain decimals without trailing zeros: 0.00005, 0.01, 500. */
  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
