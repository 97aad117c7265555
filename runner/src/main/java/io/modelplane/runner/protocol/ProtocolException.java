package io.modelplane.runner.protocol;

/** A request the runner refuses, with the HTTP status and the message for the error body. */
public class ProtocolException extends RuntimeException {

  private final int status;

  public ProtocolException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }

  public static ProtocolException badRequest(String message) {
    return new ProtocolException(400, message);
  }
}
