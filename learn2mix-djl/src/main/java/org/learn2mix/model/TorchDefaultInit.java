package org.learn2mix.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.IdentityHashMap;
import java.util.Map;
import org.learn2mix.random.SplitMix64;

/**
 * Overwrites an initialised block's weights and biases with PyTorch's default initialisation:
 * weights of a layer with fan-in f are U(−1/√f, 1/√f) (Kaiming-uniform with a = √5) and so are its
 * biases; a convolution without bias has its weight only. Parameters that PyTorch initialises in
 * their own way (an embedding table, an attention projection, torchvision's ResNet convolutions)
 * follow the {@link TorchInit} rule their block declares as {@link TorchInitialised}. Other
 * parameters keep DJL's initial values, which are PyTorch's too: normalisation scales 1, shifts 0,
 * running means 0 and running variances 1.
 *
 * <p>The values come from our own seeded generator, in parameter order, so two blocks of the same
 * architecture initialised with the same seed are identical, whatever the engine's own random
 * state.
 */
public final class TorchDefaultInit {
  private TorchDefaultInit() {}

  /**
   * Re-initialises every weight and bias of {@code block}, which must already be initialised.
   *
   * @param block an initialised block
   * @param random the generator to draw from, in the order of {@code block.getParameters()}
   * @throws IllegalStateException if a bias does not follow a weight of its own layer, a layout the
   *     fan-in rule does not know
   * @throws ai.djl.nn.UninitializedParameterException if {@code block} has not been initialised
   * @throws ArithmeticException if a parameter has more than {@link Integer#MAX_VALUE} elements
   */
  public static void apply(Block block, SplitMix64 random) {
    Map<Parameter, TorchInit> declared = new IdentityHashMap<>();
    collectDeclared(block, declared);
    long fanIn = 0;
    String weightOwner = null;
    for (Pair<String, Parameter> entry : block.getParameters()) {
      Parameter parameter = entry.getValue();
      String owner = owner(entry.getKey());
      TorchInit rule = declared.get(parameter);
      if (rule != null) {
        rule.fill(parameter.getArray(), random);
        if (parameter.getType() == Parameter.Type.WEIGHT) {
          // a bias left to the default after it takes this weight's fan-in
          fanIn = fanIn(parameter.getArray().getShape());
          weightOwner = owner;
        }
        continue;
      }
      switch (parameter.getType()) {
        case WEIGHT -> {
          fanIn = fanIn(parameter.getArray().getShape());
          weightOwner = owner;
          fillUniform(parameter.getArray(), 1.0 / Math.sqrt(fanIn), random);
        }
        case BIAS -> {
          if (!owner.equals(weightOwner)) {
            throw new IllegalStateException("bias " + entry.getKey() + " has no weight before it");
          }
          fillUniform(parameter.getArray(), 1.0 / Math.sqrt(fanIn), random);
        }
        default -> {
          // keep DJL's values: ones and zeros for normalisation layers
        }
      }
    }
  }

  private static void collectDeclared(Block block, Map<Parameter, TorchInit> declared) {
    if (block instanceof TorchInitialised special) {
      declared.putAll(special.torchInitialisation());
    }
    for (Pair<String, Block> child : block.getChildren()) {
      collectDeclared(child.getValue(), declared);
    }
  }

  /** Fan-in of a weight of shape (out, in, kernel…). */
  static long fanIn(Shape shape) {
    long f = 1;
    for (int d = 1; d < shape.dimension(); d++) {
      f *= shape.get(d);
    }
    return f;
  }

  private static String owner(String parameterName) {
    int cut = parameterName.lastIndexOf('_');
    return cut < 0 ? "" : parameterName.substring(0, cut); // "" : the block itself
  }

  private static void fillUniform(NDArray array, double bound, SplitMix64 random) {
    float[] values = new float[Math.toIntExact(array.size())];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) ((2 * random.nextDouble() - 1) * bound);
    }
    array.set(values);
  }
}
