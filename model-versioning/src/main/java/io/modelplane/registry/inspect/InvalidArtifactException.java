package io.modelplane.registry.inspect;

/** The artifact cannot be read by its declared engine; the message says why. */
public class InvalidArtifactException extends Exception {

  public InvalidArtifactException(String message) {
    super(message);
  }

  public InvalidArtifactException(String message, Throwable cause) {
    super(message, cause);
  }
}
