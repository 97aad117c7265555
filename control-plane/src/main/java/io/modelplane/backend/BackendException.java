package io.modelplane.backend;

/** The runtime refused or could not be reached; the reconciler retries with backoff. */
public class BackendException extends RuntimeException {
  public BackendException(String message, Throwable cause) {
    super(message, cause);
  }

  public BackendException(String message) {
    super(message);
  }
}
