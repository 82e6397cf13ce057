package org.learn2mix.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One Transformer encoder layer as PyTorch's {@code nn.TransformerEncoderLayer} with its defaults
 * (post-norm, ReLU, layer-norm ε = 1e-5): x ← norm₁(x + dropout(attention(x))), then x ← norm₂(x +
 * dropout(W₂ dropout(relu(W₁ x)))). Input and output (B, S, E).
 *
 * <p>DJL's own {@code TransformerEncoderBlock} is not this layer: it normalises with batch norm and
 * adds the block's input, not the attention output, as the second residual.
 */
final class EncoderLayer extends AbstractBlock {
  private final SelfAttention attention;
  private final Linear expand;
  private final Linear contract;
  private final LayerNorm attentionNorm;
  private final LayerNorm outputNorm;
  private final Dropout attentionDropout;
  private final Dropout hiddenDropout;
  private final Dropout outputDropout;

  EncoderLayer(int width, int heads, int feedForward, float dropout) {
    // Children in PyTorch's parameter order: attention, linear1, linear2, norm1, norm2.
    attention = addChildBlock("attention", new SelfAttention(width, heads, dropout));
    expand = addChildBlock("expand", Linear.builder().setUnits(feedForward).build());
    contract = addChildBlock("contract", Linear.builder().setUnits(width).build());
    attentionNorm = addChildBlock("attentionNorm", LayerNorm.builder().axis(2).build());
    outputNorm = addChildBlock("outputNorm", LayerNorm.builder().axis(2).build());
    attentionDropout = addChildBlock("attentionDropout", dropout(dropout));
    hiddenDropout = addChildBlock("hiddenDropout", dropout(dropout));
    outputDropout = addChildBlock("outputDropout", dropout(dropout));
  }

  private static Dropout dropout(float rate) {
    return Dropout.builder().optRate(rate).build();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    NDArray attended = apply(attention, store, x, training);
    NDArray h =
        apply(
            attentionNorm,
            store,
            x.add(apply(attentionDropout, store, attended, training)),
            training);
    NDArray hidden =
        apply(hiddenDropout, store, Activation.relu(apply(expand, store, h, training)), training);
    NDArray out = apply(outputDropout, store, apply(contract, store, hidden, training), training);
    return new NDList(apply(outputNorm, store, h.add(out), training));
  }

  private static NDArray apply(Block block, ParameterStore store, NDArray x, boolean training) {
    return block.forward(store, new NDList(x), training).singletonOrThrow();
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape in = inputShapes[0];
    attention.initialize(manager, dataType, in);
    expand.initialize(manager, dataType, in);
    Shape hidden = expand.getOutputShapes(new Shape[] {in})[0];
    contract.initialize(manager, dataType, hidden);
    attentionNorm.initialize(manager, dataType, in);
    outputNorm.initialize(manager, dataType, in);
    attentionDropout.initialize(manager, dataType, in);
    hiddenDropout.initialize(manager, dataType, hidden);
    outputDropout.initialize(manager, dataType, in);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }
}
