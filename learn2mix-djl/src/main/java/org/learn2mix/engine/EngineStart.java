package org.learn2mix.engine;

import ai.djl.engine.Engine;

/**
 * Starts the deep-learning engine for learn2mix: offline (no usage telemetry, no downloads), with
 * libtorch unpacked from the {@code pytorch-native-cpu} jar into DJL's cache folder.
 */
public final class EngineStart {
  /** System property that keeps DJL from any network access. */
  public static final String OFFLINE_PROPERTY = "ai.djl.offline";

  private EngineStart() {}

  /**
   * Makes sure DJL runs offline and returns the engine. Call before any other DJL use; setting the
   * property later has no effect on an engine already started. An offline setting already made by
   * the caller (the {@value #OFFLINE_PROPERTY} property or the {@code DJL_OFFLINE} environment
   * variable) is left as it is.
   *
   * @return DJL's default engine (PyTorch), started on the first call; later calls return the same
   *     instance
   * @throws EngineUnavailableException if the engine cannot start, e.g. because the native library
   *     for this platform is missing from the class path
   */
  public static Engine offline() {
    if (System.getProperty(OFFLINE_PROPERTY) == null && System.getenv("DJL_OFFLINE") == null) {
      System.setProperty(OFFLINE_PROPERTY, "true");
    }
    try {
      return Engine.getInstance();
    } catch (RuntimeException | LinkageError e) {
      throw new EngineUnavailableException(
          "the PyTorch engine did not start: "
              + e.getMessage()
              + " (is pytorch-native-cpu for this platform on the class path? Without it DJL"
              + " needs a libtorch named by PYTORCH_LIBRARY_PATH, one in its cache, or network"
              + " access to download one)",
          e);
    }
  }

  /**
   * The engine's name and version, for logs and result files.
   *
   * @param engine a started engine
   * @return e.g. {@code PyTorch 2.7.1}
   */
  public static String describe(Engine engine) {
    return engine.getEngineName() + " " + engine.getVersion();
  }

  /**
   * Signals that the engine could not be started; the message says why and the cause is DJL's own
   * error.
   */
  public static final class EngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EngineUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
