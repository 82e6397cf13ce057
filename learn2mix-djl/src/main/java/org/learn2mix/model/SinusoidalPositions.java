package org.learn2mix.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Adds the fixed sinusoidal position encoding of Vaswani et al. (2017) to a sequence of embeddings
 * (B, S, E): PE(p, 2i) = sin(p / 10000^(2i/E)), PE(p, 2i+1) = cos(p / 10000^(2i/E)). Nothing is
 * learnt.
 */
final class SinusoidalPositions extends AbstractBlock {
  private final int maxLength;
  private final int width;
  private final float[] table;

  SinusoidalPositions(int maxLength, int width) {
    if (maxLength < 1 || width < 2 || width % 2 != 0) {
      throw new IllegalArgumentException(
          "positions need a length and an even width, got " + maxLength + "x" + width);
    }
    this.maxLength = maxLength;
    this.width = width;
    this.table = encoding(maxLength, width);
  }

  /** The encoding of positions 0..length-1, row after row. */
  static float[] encoding(int length, int width) {
    float[] pe = new float[length * width];
    for (int p = 0; p < length; p++) {
      for (int i = 0; i < width; i += 2) {
        double angle = p / Math.pow(10000, (double) i / width);
        pe[p * width + i] = (float) Math.sin(angle);
        pe[p * width + i + 1] = (float) Math.cos(angle);
      }
    }
    return pe;
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    long length = x.getShape().get(1);
    if (length > maxLength || x.getShape().get(2) != width) {
      throw new IllegalArgumentException(
          "positions encode up to " + maxLength + "x" + width + ", got " + x.getShape());
    }
    float[] rows = new float[(int) length * width];
    System.arraycopy(table, 0, rows, 0, rows.length);
    NDArray positions = x.getManager().create(rows, new Shape(1, length, width));
    return new NDList(x.add(positions));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return inputShapes;
  }
}
