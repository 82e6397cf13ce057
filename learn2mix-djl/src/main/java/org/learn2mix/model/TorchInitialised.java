package org.learn2mix.model;

import ai.djl.nn.Parameter;
import java.util.Map;

/**
 * A block some of whose parameters PyTorch initialises otherwise than {@code nn.Linear} and {@code
 * nn.Conv2d} do. {@link TorchDefaultInit} asks every such block in a network which rule each of
 * those parameters follows; all other parameters get the default.
 */
public interface TorchInitialised {
  /**
   * The parameters of this block (its own or its descendants') that follow another rule than the
   * default, with their rule. Must be called on an initialised block.
   *
   * @return each such parameter with its rule, matched by identity; empty if all follow the default
   */
  Map<Parameter, TorchInit> torchInitialisation();
}
