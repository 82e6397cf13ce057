package org.learn2mix.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.learn2mix.random.SplitMix64;

/**
 * The initialisations PyTorch uses besides the {@code nn.Linear}/{@code nn.Conv2d} default (uniform
 * ±1/√fan-in), for the parameters of layers that PyTorch initialises in their own way. Each draws
 * from the run's seeded generator, in element order, so that a seed gives the same weights on any
 * engine.
 */
public enum TorchInit {
  /** N(0, 1), as {@code nn.Embedding} draws its table. */
  STANDARD_NORMAL {
    @Override
    double draw(Shape shape, SplitMix64 random) {
      return random.nextGaussian();
    }
  },
  /**
   * U(±√(6 / (fan-in + fan-out))), as {@code nn.MultiheadAttention} draws its packed query, key and
   * value projection.
   */
  XAVIER_UNIFORM {
    @Override
    double draw(Shape shape, SplitMix64 random) {
      double bound = Math.sqrt(6.0 / (TorchDefaultInit.fanIn(shape) + fanOut(shape)));
      return (2 * random.nextDouble() - 1) * bound;
    }
  },
  /**
   * N(0, 2 / fan-out) with fan-out = output channels × kernel size, as torchvision's ResNet draws
   * its convolutions ({@code kaiming_normal_(mode="fan_out", nonlinearity="relu")}).
   */
  KAIMING_NORMAL_FAN_OUT {
    @Override
    double draw(Shape shape, SplitMix64 random) {
      return random.nextGaussian() * Math.sqrt(2.0 / fanOut(shape));
    }
  },
  /** Zeros, as {@code nn.MultiheadAttention} sets its projection biases; draws nothing. */
  ZEROS {
    @Override
    double draw(Shape shape, SplitMix64 random) {
      return 0;
    }
  };

  /** One value for an element of a parameter of {@code shape}. */
  abstract double draw(Shape shape, SplitMix64 random);

  /**
   * Overwrites {@code array} with values drawn by this rule, one per element in row-major order.
   *
   * @param array the parameter's values, shape (out, in, kernel…) for the fan-based rules
   * @param random the generator to draw from; {@link #ZEROS} draws nothing from it
   * @throws ArithmeticException if the array has more than {@link Integer#MAX_VALUE} elements
   */
  public void fill(NDArray array, SplitMix64 random) {
    Shape shape = array.getShape();
    float[] values = new float[Math.toIntExact(array.size())];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) draw(shape, random);
    }
    array.set(values);
  }

  /** Fan-out of a weight of shape (out, in, kernel…): out × kernel elements. */
  static long fanOut(Shape shape) {
    long f = shape.get(0);
    for (int d = 2; d < shape.dimension(); d++) {
      f *= shape.get(d);
    }
    return f;
  }
}
