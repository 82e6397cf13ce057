package org.learn2mix.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Optimizer;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adam whose state can be saved and restored, so that a resumed run continues with exactly the
 * moments and step counts an uninterrupted run has.
 *
 * <p>The arithmetic is DJL's own Adam, step for step: the same fused engine update with the
 * bias-corrected rate η·√(1−β₂ᵗ)/(1−β₁ᵗ) and ε added to √v. (PyTorch adds ε to the corrected √v̂
 * instead; the two differ only while v is of the order of ε².) DJL's Adam keeps its moments
 * private, hence this class. With a weight decay λ the step is AdamW's: the parameter is first
 * scaled by 1 − η·λ (PyTorch's {@code AdamW}), not given λ·w as an extra gradient.
 */
public final class ResumableAdam extends Optimizer {
  private static final float BETA1 = 0.9f;
  private static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;
  private static final int FORMAT = 1;

  private final float learningRate;
  private final Map<String, Moments> moments = new TreeMap<>();

  /**
   * Adam with learning rate {@code learningRate} and the usual β₁ = 0.9, β₂ = 0.999, ε = 1e-8; no
   * weight decay, gradient rescaling or clipping (DJL's defaults).
   *
   * @param learningRate η, positive and finite
   * @throws IllegalArgumentException if {@code learningRate} is not positive and finite
   */
  public ResumableAdam(float learningRate) {
    this(learningRate, 0f);
  }

  /**
   * AdamW: Adam whose every step first scales each parameter by 1 − η·λ (decoupled weight decay, as
   * PyTorch's {@code AdamW}).
   *
   * @param learningRate η, positive and finite
   * @param weightDecay λ, at least 0 and finite; 0 is plain Adam
   * @throws IllegalArgumentException if η is not positive and finite or λ is negative or not finite
   */
  public ResumableAdam(float learningRate, float weightDecay) {
    super(new Builder().optWeightDecays(weightDecay));
    if (!(weightDecay >= 0) || Float.isInfinite(weightDecay)) {
      throw new IllegalArgumentException(
          "weight decay must be finite and >= 0, was " + weightDecay);
    }
    if (!(learningRate > 0) || Float.isInfinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, was " + learningRate);
    }
    this.learningRate = learningRate;
  }

  /**
   * One Adam step for one parameter, in place; the parameter's moments start at zero on its first
   * step and are made in the manager of {@code weight}.
   *
   * @param parameterId the parameter's id in this model; moments and step count are kept by it
   * @param weight the parameter's values, updated in place
   * @param grad the gradient of the loss with respect to {@code weight}, same shape
   */
  @Override
  public synchronized void update(String parameterId, NDArray weight, NDArray grad) {
    Moments state =
        moments.computeIfAbsent(
            parameterId, id -> new Moments(weight.zerosLike(), weight.zerosLike()));
    int t = ++state.steps;
    double coef1 = 1.0 - Math.pow(BETA1, t);
    double coef2 = 1.0 - Math.pow(BETA2, t);
    float corrected = (float) (learningRate * Math.sqrt(coef2) / coef1);
    weight
        .getNDArrayInternal()
        .adamUpdate(
            new NDList(weight, grad, state.mean, state.variance),
            new NDList(weight),
            learningRate,
            corrected,
            getWeightDecay(),
            rescaleGrad,
            clipGrad,
            BETA1,
            BETA2,
            EPSILON,
            true,
            getWeightDecay() > 0); // decoupled (AdamW) decay; with λ = 0 the plain Adam step
  }

  /** Every moment array held so far, first and second of each parameter (for tests). */
  synchronized List<NDArray> stateArrays() {
    List<NDArray> arrays = new ArrayList<>();
    for (Moments m : moments.values()) {
      arrays.add(m.mean);
      arrays.add(m.variance);
    }
    return arrays;
  }

  /**
   * Writes every parameter's moments and step count.
   *
   * @param out where the state goes; left open
   * @param names the stable name of each parameter id (DJL's ids are random per model instance)
   * @throws IOException if {@code out} fails
   * @throws IllegalArgumentException if a parameter with state has no name in {@code names}
   */
  public synchronized void save(DataOutputStream out, Map<String, String> names)
      throws IOException {
    out.writeInt(FORMAT);
    out.writeInt(moments.size());
    for (Map.Entry<String, Moments> e : moments.entrySet()) {
      String name = names.get(e.getKey());
      if (name == null) {
        throw new IllegalArgumentException("no name for parameter " + e.getKey());
      }
      out.writeUTF(name);
      out.writeInt(e.getValue().steps);
      writeArray(out, e.getValue().mean);
      writeArray(out, e.getValue().variance);
    }
  }

  /**
   * Replaces the state with one written by {@link #save}; the arrays are created in {@code
   * manager}, which must live as long as training does.
   *
   * @param in a state written by {@link #save}; exactly that state is read, and {@code in} is left
   *     open
   * @param manager owns the restored moments
   * @param ids the id, in this model, of each parameter name
   * @throws IOException if {@code in} fails or ends early, the state is of an unknown format, or it
   *     names a parameter missing from {@code ids}
   */
  public synchronized void load(DataInputStream in, NDManager manager, Map<String, String> ids)
      throws IOException {
    int format = in.readInt();
    if (format != FORMAT) {
      throw new IOException("unknown optimizer state format " + format);
    }
    moments.clear();
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      String id = ids.get(name);
      if (id == null) {
        throw new IOException("saved optimizer state names parameter " + name + ", unknown here");
      }
      int steps = in.readInt();
      Moments state = new Moments(readArray(in, manager), readArray(in, manager));
      state.steps = steps;
      moments.put(id, state);
    }
  }

  private static void writeArray(DataOutputStream out, NDArray array) throws IOException {
    byte[] bytes = array.encode();
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static NDArray readArray(DataInputStream in, NDManager manager) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return NDArray.decode(manager, bytes);
  }

  /** One parameter's first and second moments and how many steps it has taken. */
  private static final class Moments {
    final NDArray mean;
    final NDArray variance;
    int steps;

    Moments(NDArray mean, NDArray variance) {
      this.mean = mean;
      this.variance = variance;
    }
  }

  /** DJL requires a builder for the rescale/clip/decay defaults; we keep them. */
  private static final class Builder extends OptimizerBuilder<Builder> {
    @Override
    protected Builder self() {
      return this;
    }
  }
}
