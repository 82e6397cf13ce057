package org.learn2mix.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.learn2mix.data.NamedImbalance;
import org.learn2mix.data.images.ImageFolderListing;
import org.learn2mix.data.images.ImageFolderSpec;
import org.learn2mix.data.images.OwnImages;
import org.learn2mix.experiment.ExperimentSettings;
import org.learn2mix.experiment.ImageModel;
import org.learn2mix.experiment.OwnImageExperiment;

/**
 * What a comparison on an image folder of one's own read and chose, printed before training: the
 * folder, how many images were decoded and how fast, grey or colour, the size, the split, each
 * class's images in each split, the network and why, the memory the bytes take, and each
 * hyperparameter with why it was chosen (or that the user gave it).
 */
final class OwnImageAnnouncement {
  private OwnImageAnnouncement() {}

  static void print(
      PrintStream console,
      OwnImageExperiment experiment,
      ExperimentSettings settings,
      Set<String> given) {
    OwnImages images = experiment.images();
    ImageFolderListing listing = images.listing();
    ImageFolderSpec spec = listing.spec();
    int count = listing.imageCount();
    console.println("images: " + spec.root().toAbsolutePath().normalize());
    console.printf(
        Locale.ROOT,
        "  SHA-256 %s, %d images read in %.1f s (%.0f images/s on %d cores)%n",
        images.sha256(),
        count,
        experiment.decodeSeconds(),
        count / Math.max(1e-9, experiment.decodeSeconds()),
        Runtime.getRuntime().availableProcessors());
    int grey = listing.greyImages();
    console.println(
        listing.channels() == 1
            ? "  grey: 1 channel (every image is grey)"
            : grey == 0
                ? "  colour: 3 channels (RGB)"
                : "  colour: 3 channels (RGB; the "
                    + grey
                    + " grey images repeat their level in all three)");
    int resized = listing.resizedImages();
    console.printf(
        Locale.ROOT,
        "  size: %dx%d%s%n",
        listing.width(),
        listing.height(),
        spec.imageSize() == 0
            ? ", as every image is"
            : resized == 0
                ? ", as every image already is"
                : ", "
                    + resized
                    + " of "
                    + count
                    + " images resized with the antialiased bilinear filter");
    console.println(
        listing
                .testFolder()
                .map(folder -> "  split: train/ trains, " + folder + "/ tests")
                .orElse(
                    String.format(
                        Locale.ROOT,
                        "  split: %s of each class of train/ tests, split seed %d (the same test images"
                            + " for every seed)",
                        NamedImbalance.percent(spec.testFraction()),
                        spec.splitSeed()))
            + (spec.keep().isEmpty()
                ? ""
                : "; training keeps "
                    + OwnDataAnnouncement.keep(spec.keep())
                    + ", drawn per seed"));
    classTable(console, listing);
    ImageModel model = experiment.model();
    console.printf(
        Locale.ROOT,
        "  network: %s for %dx%dx%d images and %d classes (%s)%n",
        model.title(),
        listing.channels(),
        listing.height(),
        listing.width(),
        listing.classNames().size(),
        experiment.setup().model() != null ? "yours" : "by size: " + ImageModel.RULE);
    OwnImageExperiment.MemoryEstimate memory = OwnImageExperiment.estimate(listing);
    console.printf(
        Locale.ROOT,
        "  pixels: one byte per channel value, each channel standardised per batch on the engine"
            + " with the training images' mean and standard deviation; about %s on the Java heap"
            + " and %s on the engine%n",
        OwnImageExperiment.gigabytes(memory.heap()),
        OwnImageExperiment.gigabytes(memory.engine()));
    OwnDataAnnouncement.hyperparameters(console, experiment.defaults(), settings.training(), given);
  }

  private static void classTable(PrintStream console, ImageFolderListing listing) {
    List<String> names = listing.classNames();
    int width = "class".length();
    for (String name : names) {
      width = Math.max(width, name.length());
    }
    int[] kept = listing.keptCounts();
    int[] train = listing.trainCounts();
    int[] test = listing.testCounts();
    boolean thinned = !Arrays.equals(kept, train);
    String row = "    %-" + width + "s  %7s  %6s" + (thinned ? "  %s" : "%s") + "%n";
    console.printf(row, "class", "train", "test", thinned ? "(train before --keep)" : "");
    for (int c = 0; c < names.size(); c++) {
      console.printf(row, names.get(c), kept[c], test[c], thinned ? "(" + train[c] + ")" : "");
    }
  }
}
