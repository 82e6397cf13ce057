package org.learn2mix.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.data.TaskData;
import org.learn2mix.engine.EngineStart;

/**
 * The imdb preset on the shared archive (system property {@code shared.datasets}; skipped where it
 * is absent): the data of two seeds and a network sized to their vocabulary, without training.
 */
@Tag("engine")
class ImdbPresetTest {
  @Test
  void preparesTwentySixThousandReviewsPerSeedAndSizesTheEmbeddingToTheVocabulary() {
    String shared = System.getProperty("shared.datasets");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "imdb")), "no shared data");
    Path dataDir = Path.of(shared, "imdb");
    Preset imdb = Presets.find("imdb");
    TaskData seed0 = imdb.data().prepare(0, dataDir);
    TaskData seed1 = imdb.data().prepare(1, dataDir);
    assertArrayEquals(new int[] {6_000, 20_000}, seed0.train().classCounts(2));
    assertSame(seed0.test(), seed1.test(), "read and encoded once; one test set for all seeds");
    assertEquals(10_000, seed0.test().size());
    assertEquals(1, imdb.data().files(dataDir).size());

    EngineStart.offline();
    try (NDManager m = NDManager.newBaseManager()) {
      Block net = imdb.architecture().apply(seed0);
      net.initialize(m, DataType.FLOAT32, new Shape(1, 500));
      // the embedding table has a row per token id of the vocabulary
      assertEquals(new Shape(62_087, 64), net.getParameters().get(0).getValue().getShape());
      float[] twoReviews = Arrays.copyOf(seed0.test().features(), 2 * 500);
      NDArray x = m.create(twoReviews, new Shape(2, 500));
      NDArray out = net.forward(new ParameterStore(m, false), new NDList(x), false).head();
      assertEquals(new Shape(2, 2), out.getShape());
    }
  }
}
