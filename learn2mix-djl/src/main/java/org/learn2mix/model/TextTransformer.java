package org.learn2mix.model;

import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;

/**
 * The IMDB classifier of the published experiments: token embedding of width 64 plus sinusoidal
 * positions (up to 500), one Transformer encoder layer (4 heads, feed-forward 128, dropout 0.1),
 * the mean over all positions, dropout 0.1, fc 64→32, ReLU, fc 32→k.
 *
 * <p>Input: (B, S) token ids stored as floats, S ≤ 500. There is no padding mask: padding tokens
 * are attended to and averaged like any other, as the specification's "mean over positions" says.
 * Initialised as PyTorch initialises these layers: embedding N(0, 1), attention projection
 * Xavier-uniform with zero biases, everything else the {@code nn.Linear} default, layer norm 1 and
 * 0.
 */
public final class TextTransformer {
  /** Embedding width E. */
  public static final int WIDTH = 64;

  /** Longest sequence the position encoding covers. */
  public static final int MAX_LENGTH = 500;

  /** Attention heads. */
  public static final int HEADS = 4;

  /** Width of the encoder's feed-forward layer. */
  public static final int FEED_FORWARD = 128;

  /** Dropout rate in the encoder and before the classifier. */
  public static final float DROPOUT = 0.1f;

  private TextTransformer() {}

  /**
   * A new, uninitialised network.
   *
   * @param vocabularySize number of token ids, padding and unknown included; ids lie in [0, size)
   * @param classes k, the number of outputs, at least 1
   * @return a block taking (B, S) token ids (as floats, S ≤ {@value #MAX_LENGTH}) and returning (B,
   *     k) logits (no softmax)
   * @throws IllegalArgumentException if {@code vocabularySize} or {@code classes} is less than 1
   */
  public static Block create(int vocabularySize, int classes) {
    return create(vocabularySize, classes, MAX_LENGTH);
  }

  /**
   * A new, uninitialised network for sequences of up to {@code maxLength} tokens; the same as
   * {@link #create(int, int)} but for the length the position encoding covers, which holds no
   * weights.
   *
   * @param vocabularySize number of token ids, padding and unknown included; ids lie in [0, size)
   * @param classes k, the number of outputs, at least 1
   * @param maxLength the longest sequence the network takes, at least 1
   * @return a block taking (B, S) token ids (as floats, S ≤ {@code maxLength}) and returning (B, k)
   *     logits (no softmax)
   * @throws IllegalArgumentException if an argument is less than 1
   */
  public static Block create(int vocabularySize, int classes, int maxLength) {
    return new SequentialBlock()
        .add(new TokenEmbedding(vocabularySize, WIDTH))
        .add(new SinusoidalPositions(maxLength, WIDTH))
        .add(new EncoderLayer(WIDTH, HEADS, FEED_FORWARD, DROPOUT))
        .add(LambdaBlock.singleton(x -> x.mean(new int[] {1}), "meanOverPositions"))
        .add(Dropout.builder().optRate(DROPOUT).build())
        .add(Linear.builder().setUnits(32).build())
        .add(Activation.reluBlock())
        .add(Linear.builder().setUnits(classes).build());
  }
}
