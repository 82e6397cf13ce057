package org.learn2mix.experiment;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.learn2mix.data.ReadProgress;
import org.learn2mix.data.Task;
import org.learn2mix.data.images.ImageFolderListing;
import org.learn2mix.data.images.ImageFolderSpec;
import org.learn2mix.data.images.OwnImages;
import org.learn2mix.results.ExperimentPlan;
import org.learn2mix.results.OwnData;

/**
 * A comparison on an image folder of one's own: the folder listed, checked against the memory the
 * JVM may use, and decoded once; a preset made for it (a network chosen by the images' size and
 * colour, hyperparameters chosen for it) and the record of what was read that lets the experiment
 * be resumed and repeated.
 */
public final class OwnImageExperiment {
  /** The kind of own data results record. */
  public static final String KIND = "images";

  /** The most bytes one Java array holds, a little below 2 GiB. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8L;

  private final Setup setup;
  private final ImageModel model;
  private final OwnImages images;
  private final OwnDataDefaults defaults;
  private final double decodeSeconds;

  /**
   * What the user asked for.
   *
   * @param spec the folder and how to prepare it
   * @param model the network, or {@code null} to choose one by the images' size and colour
   * @param splitGiven whether the user gave a test fraction or split seed, which a folder with its
   *     own test images does not use
   */
  public record Setup(ImageFolderSpec spec, ImageModel model, boolean splitGiven) {
    /** Checks there is a folder. */
    public Setup {
      if (spec == null) {
        throw new IllegalArgumentException("an image folder is needed");
      }
    }
  }

  /**
   * What the images will take in memory, in bytes, one per channel value.
   *
   * @param heap on the Java heap: the decoded folder and one seed's copy of its training images
   * @param engine on the engine: one seed's training images and the test images
   */
  public record MemoryEstimate(long heap, long engine) {
    /** Both together. */
    public long total() {
      return heap + engine;
    }
  }

  private OwnImageExperiment(
      Setup setup, ImageModel model, OwnImages images, int batchSize, double decodeSeconds) {
    this.setup = setup;
    this.model = model;
    this.images = images;
    this.decodeSeconds = decodeSeconds;
    this.defaults =
        OwnDataDefaults.choose(
            model.defaultsRule(),
            Arrays.stream(images.listing().keptCounts()).sum(),
            Math.max(0, batchSize));
  }

  /**
   * Lists the folder, checks it fits (one size, a network that takes it, the memory the JVM may
   * use) and decodes it.
   *
   * @param setup what the user asked for
   * @param batchSize the user's batch size, which the default epochs fit, or 0
   * @param progress hears how many images are decoded
   * @param maxHeap the most bytes the JVM may use, {@link Runtime#maxMemory()}
   * @return the experiment
   * @throws UsageException if the images differ in size without a size to resize to, are too small
   *     for the network, or need more memory than the JVM may use
   * @throws org.learn2mix.data.DataSetException if the folder cannot be read or does not fit
   */
  public static OwnImageExperiment read(
      Setup setup, int batchSize, ReadProgress progress, long maxHeap) {
    long start = System.nanoTime();
    ImageFolderListing listing = ImageFolderListing.scan(setup.spec());
    Path root = setup.spec().root();
    if (setup.splitGiven() && listing.testFolder().isPresent()) {
      throw new UsageException(
          "--test-fraction and --split-seed split a folder without test images, but "
              + root
              + " has "
              + listing.testFolder().get()
              + "/; drop them or that folder");
    }
    if (setup.spec().imageSize() == 0 && listing.differingSizes().isPresent()) {
      throw new UsageException(
          root
              + ": the images differ in size ("
              + listing.differingSizes().get()
              + "); give --image-size S to resize them all to SxS");
    }
    ImageModel model =
        setup.model() != null
            ? setup.model()
            : ImageModel.defaultFor(listing.channels(), listing.height(), listing.width());
    int shortest = Math.min(listing.height(), listing.width());
    if (shortest < model.minimumSide()) {
      throw new UsageException(
          String.format(
              Locale.ROOT,
              "%s: %dx%d images are too small for %s, which needs %d px a side; give"
                  + " --image-size %d or more, or another --model",
              root,
              listing.width(),
              listing.height(),
              model.label(),
              model.minimumSide(),
              model.minimumSide()));
    }
    checkMemory(listing, maxHeap);
    OwnImages images = OwnImages.read(listing, progress);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new OwnImageExperiment(setup, model, images, batchSize, seconds);
  }

  /** What the images of {@code listing} take in memory. */
  public static MemoryEstimate estimate(ImageFolderListing listing) {
    long perImage = (long) listing.channels() * listing.height() * listing.width();
    long test = Arrays.stream(listing.testCounts()).sum() * perImage;
    return new MemoryEstimate(
        listing.decodedBytes() + listing.trainingBytes(), listing.trainingBytes() + test);
  }

  private static void checkMemory(ImageFolderListing listing, long maxHeap) {
    long perImage = (long) listing.channels() * listing.height() * listing.width();
    long train = Arrays.stream(listing.trainCounts()).sum() * perImage;
    long test = Arrays.stream(listing.testCounts()).sum() * perImage;
    Path root = listing.spec().root();
    if (Math.max(train, test) > MAX_ARRAY) {
      throw new UsageException(
          String.format(
              Locale.ROOT,
              "%s: the %s images take %s as bytes, more than one Java array holds (2 GiB);"
                  + " give a smaller --image-size",
              root,
              train >= test ? "training" : "test",
              gigabytes(Math.max(train, test))));
    }
    MemoryEstimate need = estimate(listing);
    if (need.total() > maxHeap) {
      throw new UsageException(
          String.format(
              Locale.ROOT,
              "%s: the images need about %s (%s on the Java heap, %s on the engine), more than"
                  + " the %s the JVM may use; give a smaller --image-size, a smaller batch with"
                  + " --micro-batch N, or more memory with JAVA_OPTS=-Xmx%dg",
              root,
              gigabytes(need.total()),
              gigabytes(need.heap()),
              gigabytes(need.engine()),
              gigabytes(maxHeap),
              (long) Math.ceil(need.total() * 1.5 / (1L << 30))));
    }
  }

  /** Bytes in GB with one decimal, e.g. {@code 5.2 GB}, or in MB below 1 GB. */
  public static String gigabytes(long bytes) {
    return bytes < 1e9
        ? String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / 1e6))
        : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }

  /** The decoded folder. */
  public OwnImages images() {
    return images;
  }

  /** What the user asked for. */
  public Setup setup() {
    return setup;
  }

  /** The network, the user's or the one chosen for the images. */
  public ImageModel model() {
    return model;
  }

  /** The hyperparameters chosen for the images and network. */
  public OwnDataDefaults defaults() {
    return defaults;
  }

  /** Seconds the reading took: listing, headers, decoding and checksums. */
  public double decodeSeconds() {
    return decodeSeconds;
  }

  /** The preset: the folder's images, the network and the defaults, named after the folder. */
  public Preset preset() {
    ImageModel network = model;
    return new Preset(
        images.name(),
        "own images " + images.listing().spec().root().getFileName() + "; " + network.title(),
        Task.CLASSIFICATION,
        DataRecipe.of(dataDir -> images.images(), (loaded, seed) -> images.prepare(seed)),
        data -> network.create(data.classCount()),
        defaults.learningRate(),
        defaults.gamma(),
        defaults.batchSize(),
        defaults.epochs());
  }

  /** What results record about the folder: its path, checksum and every option. */
  public OwnData ownData() {
    ImageFolderSpec spec = images.listing().spec();
    Map<String, List<String>> options = new LinkedHashMap<>();
    options.put("image_size", List.of(String.valueOf(spec.imageSize())));
    options.put("model", List.of(model.label()));
    options.put("test_fraction", List.of(String.valueOf(spec.testFraction())));
    options.put("split_seed", List.of(String.valueOf(spec.splitSeed())));
    options.put("keep", OwnDataRecords.keepOption(spec.keep()));
    return new OwnData(
        KIND, spec.root().toAbsolutePath().normalize().toString(), images.sha256(), options);
  }

  /**
   * The settings of an interrupted comparison on an image folder, read again from the folder it was
   * started on.
   *
   * @param plan what summary.json recorded
   * @return the settings
   * @throws UsageException if the record is not of images or the folder has changed since
   */
  public static ExperimentSettings resume(ExperimentPlan plan) {
    OwnData own = plan.ownData();
    Setup setup = setup(own);
    OwnImageExperiment experiment =
        read(
            setup,
            plan.training().batchSize(),
            ReadProgress.NONE,
            Runtime.getRuntime().maxMemory());
    OwnDataRecords.requireUnchanged(own.path(), own.sha256(), experiment.images.sha256());
    return new ExperimentSettings(
        experiment.preset(), plan.strategies(), plan.seeds(), plan.training(), null, own);
  }

  private static Setup setup(OwnData own) {
    Map<String, List<String>> o = own.options();
    try {
      ImageFolderSpec spec =
          new ImageFolderSpec(
              Path.of(own.path()),
              Integer.parseInt(o.get("image_size").get(0)),
              Double.parseDouble(o.get("test_fraction").get(0)),
              Long.parseLong(o.get("split_seed").get(0)),
              OwnDataRecords.keep(o));
      return new Setup(spec, ImageModel.fromLabel(o.get("model").get(0)), false);
    } catch (RuntimeException e) {
      throw new UsageException(
          "the results record the image folder's options badly: " + e.getMessage(), e);
    }
  }
}
