package org.learn2mix.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-head self-attention without a mask, as PyTorch's {@code nn.MultiheadAttention}: one packed
 * projection E→3E to queries, keys and values, h heads of width E/h, softmax(q·kᵀ/√(E/h)) with
 * dropout on the attention weights, the heads concatenated and projected E→E. Input and output (B,
 * S, E).
 *
 * <p>The (B, h, S, S) score and weight arrays dominate the memory of a long sequence (2 GB each for
 * 500 sequences of 500 tokens with 4 heads), so they are released as soon as the next step has used
 * them; the engine keeps what the backward pass needs on its own.
 */
final class SelfAttention extends AbstractBlock implements TorchInitialised {
  private final int width;
  private final int heads;
  private final Linear inProjection;
  private final Linear outProjection;
  private final Dropout weightDropout;

  SelfAttention(int width, int heads, float dropout) {
    if (heads < 1 || width % heads != 0) {
      throw new IllegalArgumentException(heads + " heads do not divide the width " + width);
    }
    this.width = width;
    this.heads = heads;
    this.inProjection =
        addChildBlock("inProjection", Linear.builder().setUnits(3L * width).build());
    this.outProjection = addChildBlock("outProjection", Linear.builder().setUnits(width).build());
    this.weightDropout = addChildBlock("weightDropout", Dropout.builder().optRate(dropout).build());
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    long batch = x.getShape().get(0);
    long length = x.getShape().get(1);
    NDList qkv = inProjection.forward(store, inputs, training).singletonOrThrow().split(3, 2);
    float scale = (float) (1 / Math.sqrt((double) width / heads));
    NDArray q = split(qkv.get(0), batch, length).mul(scale);
    NDArray k = split(qkv.get(1), batch, length);
    NDArray v = split(qkv.get(2), batch, length);
    NDArray scores = q.matMul(k.transpose(0, 1, 3, 2));
    NDArray weights = scores.softmax(3);
    scores.close();
    NDArray dropped =
        weightDropout.forward(store, new NDList(weights), training).singletonOrThrow();
    NDArray mixed = dropped.matMul(v);
    dropped.close();
    weights.close();
    NDArray merged = mixed.transpose(0, 2, 1, 3).reshape(batch, length, width);
    return outProjection.forward(store, new NDList(merged), training);
  }

  /** (B, S, E) to (B, h, S, E/h). */
  private NDArray split(NDArray projected, long batch, long length) {
    return projected.reshape(batch, length, heads, width / heads).transpose(0, 2, 1, 3);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    inProjection.initialize(manager, dataType, inputShapes);
    outProjection.initialize(manager, dataType, inputShapes);
    Shape in = inputShapes[0];
    weightDropout.initialize(manager, dataType, new Shape(in.get(0), heads, in.get(1), in.get(1)));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  /**
   * PyTorch draws the packed projection Xavier-uniform and zeroes both projection biases; the
   * output projection's weight keeps the {@code nn.Linear} default.
   */
  @Override
  public Map<Parameter, TorchInit> torchInitialisation() {
    Map<Parameter, TorchInit> rules = new IdentityHashMap<>();
    List<Parameter> in = inProjection.getDirectParameters().values();
    rules.put(in.get(0), TorchInit.XAVIER_UNIFORM);
    rules.put(in.get(1), TorchInit.ZEROS);
    rules.put(outProjection.getDirectParameters().get("bias"), TorchInit.ZEROS);
    return rules;
  }
}
