package org.learn2mix.djl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.dataset.Batch;
import ai.djl.training.listener.TrainingListener.BatchData;
import ai.djl.translate.Batchifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.learn2mix.engine.EngineStart;

/**
 * Where the listener takes a batch's classes from: the batch itself when it is a {@link
 * BatchWithClasses}, the sampler's class pools otherwise.
 */
@Tag("engine")
class BatchWithClassesTest {
  /** Examples 0 and 1 are of class 0, examples 2 and 3 of class 1. */
  private static final int[] CLASSES = {0, 0, 1, 1};

  /** The batch of examples 0 and 2, whose squared errors are 1 and 9. */
  private static final int[] INDICES = {0, 2};

  private static final org.learn2mix.batching.Batch DRAWN =
      new org.learn2mix.batching.Batch(INDICES, new int[] {1, 1});

  /** The class-wise losses the listener reports for one batch of examples 0 and 2. */
  private static double[] classLossesOfOneBatch(Maker makeBatch) {
    EngineStart.offline();
    Learn2MixSampler sampler =
        Learn2MixSampler.builder().setClasses(CLASSES).setBatchSize(2).build();
    PerExampleLoss loss = PerExampleLoss.squaredError();
    Learn2MixListener listener = new Learn2MixListener(sampler, loss);
    try (Model model = Model.newInstance("linear");
        NDManager manager = NDManager.newBaseManager()) {
      model.setBlock(Linear.builder().setUnits(1).build());
      try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(MeanLoss.of(loss)))) {
        trainer.initialize(new Shape(1, 1));
        NDArray predictions = manager.create(new float[] {1, 3}, new Shape(2, 1));
        NDList labels = new NDList(manager.zeros(new Shape(2, 1)));
        Batch batch = makeBatch.make(manager, labels);
        listener.onTrainingBatch(
            trainer,
            new BatchData(
                batch,
                Map.of(Device.cpu(), labels),
                Map.of(Device.cpu(), new NDList(predictions))));
        listener.onEpoch(trainer);
      }
    }
    return listener.lastClassLosses();
  }

  private interface Maker {
    Batch make(NDManager manager, NDList labels);
  }

  @Test
  void withoutClassesTheListenerLooksUpEachIndexInTheSampler() {
    double[] losses =
        classLossesOfOneBatch(
            (manager, labels) ->
                new Batch(
                    manager,
                    new NDList(),
                    labels,
                    2,
                    Batchifier.STACK,
                    Batchifier.STACK,
                    0,
                    1,
                    List.of(0L, 2L)));
    assertArrayEquals(new double[] {1, 9}, losses, 1e-6);
  }

  @Test
  void withClassesTheListenerTakesTheBatchsOneHotMatrix() {
    // The batch says example 0 is of class 1 and example 2 of class 0, against the sampler.
    double[] losses =
        classLossesOfOneBatch(
            (manager, labels) ->
                new BatchWithClasses(
                    manager,
                    new NDList(),
                    labels,
                    DRAWN,
                    manager.create(new float[] {0, 1, 1, 0}, new Shape(2, 2)),
                    0,
                    1));
    assertArrayEquals(new double[] {9, 1}, losses, 1e-6);
  }

  @Test
  void aOneHotMatrixOfAnotherShapeIsRejected() {
    EngineStart.offline();
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray threeClasses = manager.zeros(new Shape(2, 3), DataType.FLOAT32);
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new BatchWithClasses(
                      manager, new NDList(), new NDList(), DRAWN, threeClasses, 0, 1));
      assertTrue(e.getMessage().contains("(2, 3)"), e.getMessage());
    }
  }
}
