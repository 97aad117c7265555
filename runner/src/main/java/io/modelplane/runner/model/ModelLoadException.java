package io.modelplane.runner.model;

/**
 * The artifact cannot be served; the message is meant for whoever set MODEL_* and reads the log.
 */
public class ModelLoadException extends RuntimeException {

  public ModelLoadException(String message) {
    super(message);
  }

  public ModelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
