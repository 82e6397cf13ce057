package org.learn2mix.train;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Network parameters and optimizer state as bytes, for checkpoints. */
final class ModelState {
  private ModelState() {}

  /** Every parameter of {@code block}, by name, in order. */
  static byte[] save(Block block) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(block.getParameters().size());
      for (Pair<String, Parameter> p : block.getParameters()) {
        out.writeUTF(p.getKey());
        byte[] encoded = p.getValue().getArray().encode();
        out.writeInt(encoded.length);
        out.write(encoded);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Copies saved values into {@code block}'s existing parameter arrays (so the trainer keeps
   * training the same arrays).
   *
   * @throws IllegalStateException if the saved parameters do not fit the block
   */
  static void load(Block block, byte[] saved) {
    // The saved values are decoded on the host and copied once into the parameters, wherever they
    // live: DJL's copyTo goes through a host buffer anyway.
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved));
        NDManager scratch = NDManager.newBaseManager(Device.cpu())) {
      int count = in.readInt();
      if (count != block.getParameters().size()) {
        throw new IllegalStateException(
            "checkpoint has " + count + " parameters, the network " + block.getParameters().size());
      }
      for (Pair<String, Parameter> p : block.getParameters()) {
        String name = in.readUTF();
        byte[] encoded = new byte[in.readInt()];
        in.readFully(encoded);
        NDArray target = p.getValue().getArray();
        NDArray value = NDArray.decode(scratch, encoded);
        if (!name.equals(p.getKey()) || !value.getShape().equals(target.getShape())) {
          throw new IllegalStateException(
              "checkpoint parameter "
                  + name
                  + " "
                  + value.getShape()
                  + " does not fit "
                  + p.getKey()
                  + " "
                  + target.getShape());
        }
        value.copyTo(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The optimizer's moments and step counts for {@code block}'s parameters. */
  static byte[] save(ResumableAdam optimizer, Block block) {
    Map<String, String> names = new HashMap<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      names.put(p.getValue().getId(), p.getKey());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      optimizer.save(out, names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Restores the optimizer for {@code block}'s parameters; its arrays live in {@code manager},
   * which must be on the parameters' device (the model's manager).
   */
  static void load(ResumableAdam optimizer, byte[] saved, Block block, NDManager manager) {
    Map<String, String> ids = new HashMap<>();
    for (Pair<String, Parameter> p : block.getParameters()) {
      ids.put(p.getKey(), p.getValue().getId());
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved))) {
      optimizer.load(in, manager, ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
