package org.learn2mix.data.published;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.locate.Checksum;
import org.learn2mix.data.locate.RemoteFile;

/** The published data sets' names, files, checksums and download locations. */
class CatalogueTest {
  @Test
  void idsAndClassNames() {
    assertEquals("mnist", Catalogue.MNIST.id());
    assertEquals("fashion-mnist", Catalogue.FASHION_MNIST.id());
    assertEquals("cifar10", Catalogue.CIFAR10.id());
    assertEquals("cifar100", Catalogue.CIFAR100.id());
    assertEquals(
        List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), Catalogue.MNIST.classNames());
    assertEquals("T-shirt/top", Catalogue.FASHION_MNIST.classNames().get(0));
    assertEquals("Ankle boot", Catalogue.FASHION_MNIST.classNames().get(9));
    assertEquals("airplane", Catalogue.CIFAR10.classNames().get(0));
    assertEquals("truck", Catalogue.CIFAR10.classNames().get(9));
    List<String> fine = Catalogue.CIFAR100.classNames();
    assertEquals(100, fine.size());
    assertEquals(100, new HashSet<>(fine).size());
    assertEquals(
        fine.stream().sorted().toList(), fine, "the fine labels are in alphabetical order");
    assertEquals("apple", fine.get(0));
    assertEquals("worm", fine.get(99));
    for (var dataSet : Catalogue.ALL) {
      assertEquals(dataSet, Catalogue.byId(dataSet.id()));
    }
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> Catalogue.byId("imagenet"))
            .getMessage()
            .endsWith(
                "known: mnist, fashion-mnist, cifar10, cifar100, wine-quality,"
                    + " california-housing, imdb, imagenette"));
  }

  @Test
  void officialFilesWithTheirLocationsAndChecksums() {
    RemoteFile mnist = Catalogue.MNIST.format().remoteFiles().get(0);
    assertEquals("train-images-idx3-ubyte.gz", mnist.fileName());
    assertEquals(
        "https://ossci-datasets.s3.amazonaws.com/mnist/train-images-idx3-ubyte.gz",
        mnist.url().toString());
    assertEquals(
        Checksum.sha256OfContent(
            "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
        mnist.checksum());
    assertEquals(4, Catalogue.FASHION_MNIST.format().remoteFiles().size());
    assertEquals(
        "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/t10k-labels-idx1-ubyte.gz",
        Catalogue.FASHION_MNIST.format().remoteFiles().get(3).url().toString());
    RemoteFile cifar100 = Catalogue.CIFAR100.format().remoteFiles().get(0);
    assertEquals("cifar-100-binary.tar.gz", cifar100.fileName());
    assertEquals(
        "https://www.cs.toronto.edu/~kriz/cifar-100-binary.tar.gz", cifar100.url().toString());
    assertEquals(Checksum.md5OfFile("03b5dce01913d631647c71ecec9e9cb8"), cifar100.checksum());
    assertEquals(
        "c32a1d4ab5d03f1284b67883e8d87530",
        Catalogue.CIFAR10.format().remoteFiles().get(0).checksum().expected());
  }
}
