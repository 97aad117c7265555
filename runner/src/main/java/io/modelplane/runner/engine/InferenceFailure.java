package io.modelplane.runner.engine;

/** The engine failed on input that passed validation: the server's fault, not the client's. */
public class InferenceFailure extends Exception {

  public InferenceFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
