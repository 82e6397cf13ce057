package org.learn2mix.engine;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/** Run in a child JVM by {@link OfflineEngineStartTest}: starts the engine and computes a sum. */
public final class EngineProbe {
  private EngineProbe() {}

  public static void main(String[] args) {
    Engine engine = EngineStart.offline();
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray sum = manager.create(new float[] {1f, 2f}).sum();
      System.out.println("engine=" + EngineStart.describe(engine) + " sum=" + sum.getFloat());
    }
  }
}
