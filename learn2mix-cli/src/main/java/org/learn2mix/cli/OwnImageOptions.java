package org.learn2mix.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.learn2mix.data.images.ImageFolderSpec;
import org.learn2mix.experiment.ImageModel;
import org.learn2mix.experiment.OwnImageExperiment;
import org.learn2mix.experiment.UsageException;
import picocli.CommandLine.Option;

/**
 * {@code compare}'s options for an image folder of one's own: the folder, the size to resize to and
 * the network. The split and thinning options are {@link OwnDataOptions}' own, shared with tables.
 */
final class OwnImageOptions {
  /** Every option only images take. */
  static final List<String> NAMES = List.of("--images", "--image-size", "--model");

  @Option(
      names = "--images",
      paramLabel = "DIR",
      description =
          "Compare on your own images instead of a preset: DIR/train/<class>/ holds the training"
              + " images (JPEG, PNG, GIF or BMP), DIR/test/<class>/ or DIR/val/<class>/ the test"
              + " images (without either, --test-fraction of train/ tests). Grey or colour is"
              + " detected; all images must share one size unless --image-size is given.")
  Path images;

  @Option(
      names = "--image-size",
      paramLabel = "S",
      description =
          "Resize every image to SxS with the antialiased bilinear filter of the imagenette preset"
              + " (default: keep the images' own size, which they must share).")
  Integer imageSize;

  @Option(
      names = "--model",
      paramLabel = "NET",
      description =
          "The network for --images: lenet, cifar-lenet or resnet18, each sized to the images'"
              + " channels, size and classes (default: "
              + ImageModel.RULE
              + ").")
  String model;

  private OwnImageExperiment experiment;

  /** Whether an image folder was named. */
  boolean given() {
    return images != null;
  }

  /**
   * Lists, checks and decodes the folder, showing the decoding's progress.
   *
   * @param testFraction the share of each class tested when the folder has no test folder
   * @param splitSeed fixes that split
   * @param splitGiven whether the user gave either
   * @param keep the training share kept by class name
   * @param batchSize the user's batch size, or 0
   * @param console where progress goes
   * @param interactive whether {@code console} is a terminal (a bar) or not (a line per tenth)
   * @return the experiment
   */
  OwnImageExperiment read(
      double testFraction,
      long splitSeed,
      boolean splitGiven,
      Map<String, Double> keep,
      int batchSize,
      PrintStream console,
      boolean interactive) {
    if (imageSize != null && imageSize < 1) {
      throw new UsageException("--image-size must be at least 1, was " + imageSize);
    }
    ImageModel network = model == null ? null : ImageModel.fromLabel(model);
    ImageFolderSpec spec =
        new ImageFolderSpec(
            images, imageSize == null ? 0 : imageSize, testFraction, splitSeed, keep);
    try (ReadingDisplay progress =
        ReadingDisplay.of(console, interactive, "decoding images", " images")) {
      experiment =
          OwnImageExperiment.read(
              new OwnImageExperiment.Setup(spec, network, splitGiven),
              batchSize,
              progress,
              Runtime.getRuntime().maxMemory());
    }
    return experiment;
  }

  /** The folder read, or {@code null} before {@link #read} or without one. */
  OwnImageExperiment experiment() {
    return experiment;
  }
}
