package org.learn2mix.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Map;

/**
 * A trainable embedding table for token ids, like PyTorch's {@code nn.Embedding}: input (B, S) of
 * token ids, output (B, S, E).
 *
 * <p>The ids arrive as float32, because learn2mix keeps every data set's features as floats (token
 * ids below 2^24 are exact in float32); the block casts them to int64 before the lookup.
 */
final class TokenEmbedding extends AbstractBlock implements TorchInitialised {
  private final int vocabularySize;
  private final int width;
  private final Parameter table;

  TokenEmbedding(int vocabularySize, int width) {
    if (vocabularySize < 1 || width < 1) {
      throw new IllegalArgumentException(
          "an embedding needs a vocabulary and a width, got " + vocabularySize + "x" + width);
    }
    this.vocabularySize = vocabularySize;
    this.width = width;
    this.table =
        addParameter(
            Parameter.builder().setName("embedding").setType(Parameter.Type.WEIGHT).build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray ids = inputs.singletonOrThrow().toType(DataType.INT64, false);
    NDArray weights = store.getValue(table, ids.getDevice(), training);
    return Embedding.embedding(ids, weights, SparseFormat.DENSE);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0].add(width)};
  }

  @Override
  public void prepare(Shape[] inputShapes) {
    table.setShape(new Shape(vocabularySize, width));
  }

  /** PyTorch draws an embedding table from N(0, 1), not from the fan-in rule of a weight. */
  @Override
  public Map<Parameter, TorchInit> torchInitialisation() {
    return Map.of(table, TorchInit.STANDARD_NORMAL);
  }
}
