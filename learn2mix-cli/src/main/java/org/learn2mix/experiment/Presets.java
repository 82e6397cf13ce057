package org.learn2mix.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import org.learn2mix.data.MeanEstimation;
import org.learn2mix.data.Task;
import org.learn2mix.model.Mlp;

/** The built-in presets, by name. */
public final class Presets {
  /** The preset a bare {@code learn2mix compare} runs. */
  public static final String DEFAULT = "mean-estimation";

  private static final Map<String, Preset> PRESETS = new LinkedHashMap<>();

  static {
    add(
        new Preset(
            "mean-estimation",
            "synthetic: estimate a distribution's mean from 10 draws; MLP; built in",
            Task.REGRESSION,
            Preset.DataRecipe.generated(MeanEstimation::generate),
            data -> Mlp.regressor(1),
            5e-5,
            0.01,
            500,
            500));
  }

  private Presets() {}

  private static void add(Preset preset) {
    PRESETS.put(preset.name(), preset);
  }

  /**
   * The preset called {@code name}.
   *
   * @throws UsageException listing the known presets if there is none
   */
  public static Preset find(String name) {
    Preset preset = PRESETS.get(name);
    if (preset == null) {
      throw new UsageException(
          "unknown preset '" + name + "' (known: " + String.join(", ", PRESETS.keySet()) + ")");
    }
    return preset;
  }

  /** All presets in listing order. */
  public static Iterable<Preset> all() {
    return PRESETS.values();
  }
}
