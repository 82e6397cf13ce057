package org.learn2mix.data.published;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.learn2mix.data.cifar.CifarFormat;
import org.learn2mix.data.idx.IdxFormat;
import org.learn2mix.data.images.ImageFolderFormat;
import org.learn2mix.data.images.LoadedImages;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.DataSet;
import org.learn2mix.data.tables.CsvFormat;
import org.learn2mix.data.tables.LoadedTables;
import org.learn2mix.data.text.LoadedReviews;
import org.learn2mix.data.text.ReviewArchiveFormat;

/**
 * The data sets of the paper, each a named configuration of a generic format: its folder name, its
 * class names, its official files with their checksums and download locations. Load one with {@link
 * org.learn2mix.data.locate.DataLocator#load}; prepare it with the class of the same name (e.g.
 * {@link WineQuality}) or the generic task makers ({@link org.learn2mix.data.images.ImageTasks},
 * {@link org.learn2mix.data.text.TextTasks}).
 *
 * <p>Adding a data set is adding one constant here (and to {@link #ALL}).
 */
public final class Catalogue {
  /** Width and height Imagenette's images are resized to. */
  public static final int IMAGENETTE_SIDE = 224;

  /** Handwritten digits, 60,000 + 10,000 grey 28x28 images. */
  public static final DataSet<LoadedImages> MNIST =
      DataSet.downloaded(
          "mnist",
          ImageClassNames.DIGITS,
          new IdxFormat(
              Map.of(
                  IdxFormat.TRAIN_IMAGES,
                  "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db",
                  IdxFormat.TRAIN_LABELS,
                  "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5",
                  IdxFormat.TEST_IMAGES,
                  "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7",
                  IdxFormat.TEST_LABELS,
                  "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"),
              "https://ossci-datasets.s3.amazonaws.com/mnist/",
              28,
              28,
              10),
          null);

  /**
   * Zalando's clothing images, 60,000 + 10,000 grey 28x28, with the checksums of the decompressed
   * files of Zalando's release; Debian packages it.
   */
  public static final DataSet<LoadedImages> FASHION_MNIST =
      DataSet.downloaded(
          "fashion-mnist",
          ImageClassNames.FASHION,
          new IdxFormat(
              Map.of(
                  IdxFormat.TRAIN_IMAGES,
                  "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888",
                  IdxFormat.TRAIN_LABELS,
                  "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9",
                  IdxFormat.TEST_IMAGES,
                  "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b",
                  IdxFormat.TEST_LABELS,
                  "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"),
              "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
              28,
              28,
              10),
          "fashion-mnist");

  /** 50,000 + 10,000 colour 32x32 images in 10 classes: five training batches, one test batch. */
  public static final DataSet<LoadedImages> CIFAR10 =
      DataSet.downloaded(
          "cifar10",
          ImageClassNames.CIFAR10,
          new CifarFormat(
              "cifar-10-binary.tar.gz",
              Checksum.md5OfFile("c32a1d4ab5d03f1284b67883e8d87530"),
              URI.create("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz"),
              "cifar-10-batches-bin",
              new CifarFormat.Split(
                  List.of(
                      "data_batch_1.bin",
                      "data_batch_2.bin",
                      "data_batch_3.bin",
                      "data_batch_4.bin",
                      "data_batch_5.bin"),
                  10_000),
              new CifarFormat.Split(List.of("test_batch.bin"), 10_000),
              false,
              10),
          null);

  /** 50,000 + 10,000 colour 32x32 images in 100 (fine) classes. */
  public static final DataSet<LoadedImages> CIFAR100 =
      DataSet.downloaded(
          "cifar100",
          ImageClassNames.CIFAR100,
          new CifarFormat(
              "cifar-100-binary.tar.gz",
              Checksum.md5OfFile("03b5dce01913d631647c71ecec9e9cb8"),
              URI.create("https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz"),
              "cifar-100-binary",
              new CifarFormat.Split(List.of("train.bin"), 50_000),
              new CifarFormat.Split(List.of("test.bin"), 10_000),
              true,
              100),
          null);

  /** UCI Wine Quality: 1,599 red and 4,898 white wines, {@code ;}-separated. */
  public static final DataSet<LoadedTables> WINE_QUALITY =
      DataSet.downloaded(
          "wine-quality", WineQuality.CLASS_NAMES, new CsvFormat(WineQuality.files()), null);

  /** Géron's California housing: 20,640 districts, comma-separated. */
  public static final DataSet<LoadedTables> CALIFORNIA_HOUSING =
      DataSet.downloaded(
          "california-housing",
          CaliforniaHousing.CLASS_NAMES,
          new CsvFormat(CaliforniaHousing.files()),
          null);

  /**
   * The Large Movie Review Dataset (Maas et al. 2011): 50,000 IMDB reviews, 25,000 negative and
   * 25,000 positive, 12,500 in each of {@code {train,test}/{neg,pos}}. The official archive and its
   * labelled-only repack (the same reviews without {@code unsup/} and the {@code .feat} files, as
   * some mirrors keep it) are recognised; class 1 is negative, class 2 positive.
   */
  public static final DataSet<LoadedReviews> IMDB =
      DataSet.downloaded(
          "imdb",
          List.of("negative", "positive"),
          new ReviewArchiveFormat(
              List.of(
                  new ReviewArchiveFormat.KnownArchive(
                      "aclImdb_v1.tar.gz",
                      Checksum.sha256OfFile(
                          "c40f74a18d3b61f90feba1e17730e0d38e8b97c05fde7008942e91923d1658fe")),
                  new ReviewArchiveFormat.KnownArchive(
                      "aclImdb_v1_labelled.tar.gz",
                      Checksum.sha256OfFile(
                          "23c6b6b037cce84392fdc1ae660945033da6a12d59ade39ba49d6005443df1bf"))),
              URI.create("https://ai.stanford.edu/~amaas/data/sentiment/aclImdb_v1.tar.gz"),
              12_500),
          null);

  /**
   * Imagenette (fast.ai): ten easily told ImageNet classes, 9,469 training and 3,925 validation
   * images in {@code train/} and {@code val/} class folders, read at 224×224. Not downloaded
   * automatically: the archives are large and have no published checksum.
   */
  public static final DataSet<LoadedImages> IMAGENETTE =
      new DataSet<>(
          "imagenette",
          List.of(),
          new ImageFolderFormat(IMAGENETTE_SIDE),
          null,
          "download https://s3.amazonaws.com/fast-ai-imageclas/imagenette2-320.tgz (or"
              + " imagenette2.tgz) and extract it");

  /** Every data set of the catalogue, in listing order. */
  public static final List<DataSet<?>> ALL =
      List.of(
          MNIST,
          FASHION_MNIST,
          CIFAR10,
          CIFAR100,
          WINE_QUALITY,
          CALIFORNIA_HOUSING,
          IMDB,
          IMAGENETTE);

  private Catalogue() {}

  /**
   * The data set with this id.
   *
   * @param id e.g. {@code fashion-mnist}
   * @return the data set
   * @throws IllegalArgumentException naming the known ids if there is none
   */
  public static DataSet<?> byId(String id) {
    return ALL.stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown data set '"
                        + id
                        + "'; known: "
                        + String.join(", ", ALL.stream().map(DataSet::id).toList())));
  }
}
