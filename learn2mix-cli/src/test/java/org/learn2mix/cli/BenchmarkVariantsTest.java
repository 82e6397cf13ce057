package org.learn2mix.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.ReadProgress;
import org.learn2mix.data.images.ImageFolderSpec;
import org.learn2mix.experiment.Benchmark;
import org.learn2mix.experiment.OwnImageExperiment;
import org.learn2mix.experiment.Presets;

/**
 * The benchmark measures the floor and each strategy, and where the pixels are stored as bytes also
 * classical training on the same pixels stored as floats.
 */
@Tag("engine")
class BenchmarkVariantsTest {
  @Test
  void imagesStoredAsBytesAreAlsoMeasuredAsFloats(@TempDir Path temp) {
    Path folder = ImageFolderFiles.tree(temp.resolve("images"), 28, 40, 10);
    OwnImageExperiment images =
        OwnImageExperiment.read(
            new OwnImageExperiment.Setup(
                new ImageFolderSpec(folder, 0, 0.2, 0, Map.of()), null, false),
            0,
            ReadProgress.NONE,
            Runtime.getRuntime().maxMemory());
    Benchmark.Workload workload = Benchmark.run(images.preset(), null, 2, line -> {});
    assertEquals(
        List.of("floor", "classical", "fixed-mix", "learn2mix", Benchmark.CLASSICAL_FLOAT),
        workload.variants().stream().map(Benchmark.Variant::name).toList());
    for (Benchmark.Variant variant : workload.variants()) {
      assertEquals(2, variant.epochSeconds().length, variant.name());
      assertTrue(variant.secondsPerEpoch() > 0, variant.name());
    }
  }

  @Test
  void featuresStoredAsFloatsGetNoFloatVariant() {
    Benchmark.Workload workload =
        Benchmark.run(Presets.find("mean-estimation"), null, 2, line -> {});
    assertEquals(
        List.of("floor", "classical", "fixed-mix", "learn2mix"),
        workload.variants().stream().map(Benchmark.Variant::name).toList());
  }

  @Test
  void aDataSetSmallerThanABatchIsRefusedInOneLine(@TempDir Path temp) {
    Path folder = temp.resolve("imagenette");
    for (int c = 0; c < 10; c++) {
      ImageFolderFiles.greyPng(folder.resolve("train/n0" + c + "/0.png"), 40, 30, c);
      ImageFolderFiles.greyPng(folder.resolve("train/n0" + c + "/1.png"), 40, 30, c + 1);
      ImageFolderFiles.greyPng(folder.resolve("val/n0" + c + "/0.png"), 40, 30, c + 2);
    }
    Path out = temp.resolve("bench");
    CliRun run =
        CliRun.of(
            "bench", "--workloads", "imagenette", "--data-dir", "" + folder, "--out", "" + out);
    assertEquals(2, run.exitCode(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().contains("is larger than the training set found"), run.err());
    assertFalse(Files.exists(out), "something was written");
  }
}
