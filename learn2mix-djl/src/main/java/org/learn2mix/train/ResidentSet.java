package org.learn2mix.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.learn2mix.data.ByteFeatures;
import org.learn2mix.data.Examples;
import org.learn2mix.data.Task;

/**
 * A set of examples copied to the engine once and kept there: features, targets and the one-hot
 * mixing class of every example. Batches are cut from it by one gather per array, so the host never
 * copies example data again.
 *
 * <p>Features stored as bytes ({@link Examples#storedAsBytes()}) stay bytes on the engine (uint8, a
 * quarter of the memory of floats) and become float32 per batch, in the batch's manager: each byte
 * looks up its channel's row of the decode table ({@link ByteFeatures#table}), so a batch holds
 * exactly the floats float storage would have given.
 */
public final class ResidentSet implements AutoCloseable {
  /** Values copied to the engine at once: 256 MiB of floats, well below DJL's 2 GiB limit. */
  private static final long PART_VALUES = 1L << 26;

  private final NDManager manager;
  private final NDArray features;
  private final NDArray targets;
  private final NDArray classOneHot;
  private final Examples examples;
  private final Decoding decoding;

  private ResidentSet(
      NDManager manager,
      NDArray features,
      NDArray targets,
      NDArray classOneHot,
      Examples examples,
      Decoding decoding) {
    this.manager = manager;
    this.features = features;
    this.targets = targets;
    this.classOneHot = classOneHot;
    this.examples = examples;
    this.decoding = decoding;
  }

  /**
   * How byte features become floats on the engine: a table of C × 256 floats, and each channel's
   * offset into it, shaped to broadcast over a batch (1, C, 1, ...).
   */
  private record Decoding(NDArray table, NDArray channelOffsets) {
    static Decoding of(NDManager manager, ByteFeatures bytes, int batchRank) {
      int channels = bytes.channels();
      float[] table = new float[channels * ByteFeatures.LEVELS];
      long[] offsets = new long[channels];
      for (int c = 0; c < channels; c++) {
        System.arraycopy(bytes.table(c), 0, table, c * ByteFeatures.LEVELS, ByteFeatures.LEVELS);
        offsets[c] = (long) c * ByteFeatures.LEVELS;
      }
      long[] shape = new long[batchRank];
      Arrays.fill(shape, 1);
      shape[1] = channels;
      return new Decoding(manager.create(table), manager.create(offsets).reshape(new Shape(shape)));
    }

    /** The floats of {@code raw}'s bytes, in {@code into}; {@code raw} is closed. */
    NDArray decode(NDManager into, NDArray raw) {
      try (NDArray index = raw.toType(DataType.INT64, false)) {
        raw.close();
        index.addi(channelOffsets);
        return table.take(into, index);
      }
    }
  }

  /**
   * Copies {@code examples} to the engine under a new child of {@code parent}. If the copy fails,
   * what was copied so far is released before the exception leaves.
   *
   * @param parent the manager under which the set's own manager is made, on the device the set is
   *     to live on ({@code NDManager.newBaseManager(device)}); closing it closes the set
   * @param examples the examples on the host; read here, then kept for {@link #examples()}
   * @param task decides what the target is: the class, the regression targets or the input
   * @param classCount k, the width of the one-hot class matrix; must exceed every class of {@code
   *     examples}
   * @return the set on the engine; the caller closes it
   * @throws IllegalArgumentException if the features are stored as bytes and the task is
   *     reconstruction, whose targets are the features as floats
   */
  public static ResidentSet upload(NDManager parent, Examples examples, Task task, int classCount) {
    if (examples.storedAsBytes() && task == Task.RECONSTRUCTION) {
      throw new IllegalArgumentException(
          "reconstruction compares outputs with the input as floats; store its features as floats");
    }
    NDManager manager = parent.newSubManager();
    try {
      int n = examples.size();
      Shape shape = batchShape(examples, n);
      boolean bytes = examples.storedAsBytes();
      NDArray features =
          bytes
              ? bytes(manager, examples.bytes().values(), shape, PART_VALUES)
              : floats(manager, examples.features(), shape, PART_VALUES);
      Decoding decoding = bytes ? Decoding.of(manager, examples.bytes(), shape.dimension()) : null;
      NDArray classes = manager.create(examples.classes()).toType(DataType.INT64, false);
      NDArray targets =
          switch (task) {
            case CLASSIFICATION -> classes;
            case REGRESSION ->
                manager.create(
                    FloatBuffer.wrap(examples.targets()), new Shape(n, examples.targetWidth()));
            case RECONSTRUCTION -> features.reshape(n, examples.featureCount());
          };
      NDArray oneHot = classes.oneHot(classCount, DataType.FLOAT32);
      return new ResidentSet(manager, features, targets, oneHot, examples, decoding);
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  /**
   * Copies {@code values} into a new array of {@code shape} (rows along the first axis) in parts of
   * at most {@code partValues} values. DJL stages a host array in one direct buffer whose size in
   * bytes is an int, so a single copy of more than 2 GiB (Imagenette's images as floats) fails; the
   * parts are written into the array in place, so the engine never holds the data twice.
   */
  static NDArray floats(NDManager manager, float[] values, Shape shape, long partValues) {
    long rows = shape.get(0);
    long perRow = rows == 0 ? 1 : shape.size() / rows;
    long rowsPerPart = Math.max(1, partValues / Math.max(1, perRow));
    if (rows <= rowsPerPart) {
      return manager.create(FloatBuffer.wrap(values), shape);
    }
    NDArray all = manager.zeros(shape, DataType.FLOAT32);
    for (long from = 0; from < rows; from += rowsPerPart) {
      long to = Math.min(rows, from + rowsPerPart);
      FloatBuffer part =
          FloatBuffer.wrap(values, (int) (from * perRow), (int) ((to - from) * perRow)).slice();
      try (NDArray rowsOfPart = manager.create(part, new Shape(to - from).addAll(shape.slice(1)))) {
        all.set(new NDIndex().addSliceDim(from, to), rowsOfPart);
      }
    }
    return all;
  }

  /**
   * Copies {@code values} into a new uint8 array of {@code shape}, in parts of at most {@code
   * partValues} values as {@link #floats} does.
   */
  static NDArray bytes(NDManager manager, byte[] values, Shape shape, long partValues) {
    long rows = shape.get(0);
    long perRow = rows == 0 ? 1 : shape.size() / rows;
    long rowsPerPart = Math.max(1, partValues / Math.max(1, perRow));
    if (rows <= rowsPerPart) {
      return manager.create(ByteBuffer.wrap(values), shape, DataType.UINT8);
    }
    NDArray all = manager.zeros(shape, DataType.UINT8);
    for (long from = 0; from < rows; from += rowsPerPart) {
      long to = Math.min(rows, from + rowsPerPart);
      ByteBuffer part =
          ByteBuffer.wrap(values, (int) (from * perRow), (int) ((to - from) * perRow)).slice();
      try (NDArray rowsOfPart =
          manager.create(part, new Shape(to - from).addAll(shape.slice(1)), DataType.UINT8)) {
        all.set(new NDIndex().addSliceDim(from, to), rowsOfPart);
      }
    }
    return all;
  }

  /**
   * The host-side examples this set was made from.
   *
   * @return the examples given to {@link #upload}, not a copy
   */
  public Examples examples() {
    return examples;
  }

  /**
   * The shape of a batch of these examples.
   *
   * @param n the number of examples in the batch
   * @return (n, then one example's shape), e.g. (n, 1, 28, 28) or (n, 10)
   */
  public Shape batchShape(int n) {
    return batchShape(examples, n);
  }

  private static Shape batchShape(Examples examples, int n) {
    long[] exampleShape = examples.exampleShape();
    long[] shape = new long[exampleShape.length + 1];
    shape[0] = n;
    System.arraycopy(exampleShape, 0, shape, 1, exampleShape.length);
    return new Shape(shape);
  }

  /**
   * Number of examples.
   *
   * @return the number of examples the set was made from, 0 or more
   */
  public int size() {
    return examples.size();
  }

  /**
   * The device the resident arrays live on: that of the manager given to {@link #upload}. Runs on
   * this set train on it.
   *
   * @return the set's device, e.g. the CPU or {@code gpu(0)}
   */
  public Device device() {
    return manager.getDevice();
  }

  /**
   * The manager that owns the resident arrays; batch managers are made under it.
   *
   * @return the set's own manager, closed by {@link #close()}; do not close it otherwise
   */
  public NDManager manager() {
    return manager;
  }

  /**
   * The examples at {@code indices}, gathered on the engine into {@code into}.
   *
   * @param into the manager that owns the gathered arrays (and the index array made for the
   *     gather); the caller closes it
   * @param indices the examples' positions in the set, each in [0, {@link #size()}), in the order
   *     the slice's rows take; repeats allowed
   * @return copies of the examples' rows, one row per index
   */
  public Slice gather(NDManager into, int[] indices) {
    NDArray index = into.create(indices);
    NDIndex rows = new NDIndex("{}", index);
    return new Slice(
        floats(into, features.get(into, rows)),
        targets.get(into, rows),
        classOneHot.get(into, rows));
  }

  /**
   * Examples {@code from} (inclusive) to {@code to} (exclusive), as views or copies in {@code
   * into}.
   *
   * @param into the manager that owns the sliced arrays; the caller closes it
   * @param from the first example, from 0
   * @param to one past the last example, at most {@link #size()}
   * @return the examples' rows, {@code to − from} of them
   */
  public Slice range(NDManager into, int from, int to) {
    NDIndex rows = new NDIndex().addSliceDim(from, to);
    return new Slice(
        floats(into, features.get(into, rows)),
        targets.get(into, rows),
        classOneHot.get(into, rows));
  }

  /** The rows as float32: themselves for float storage, decoded in {@code into} for bytes. */
  private NDArray floats(NDManager into, NDArray rows) {
    return decoding == null ? rows : decoding.decode(into, rows);
  }

  /** Releases the resident arrays and every manager made under the set's manager. */
  @Override
  public void close() {
    manager.close();
  }

  /**
   * Some examples of the set on the engine, n of them, row i of each array belonging to the same
   * example. The arrays belong to the manager the slice was made in.
   *
   * @param features model inputs, float32, shape {@link #batchShape batchShape(n)}
   * @param targets what the loss compares with: class indices (int64, shape (n)) for
   *     classification, regression targets (float32, (n, target width)) or flattened inputs
   *     (float32, (n, features per example)) for reconstruction
   * @param classOneHot float32, shape (n, k): per example a 1 in the column of its mixing class
   */
  public record Slice(NDArray features, NDArray targets, NDArray classOneHot) {}
}
