package io.modelplane.privacy.source;

/** The data is not well-formed in its format; {@link #line()} is where the reader stopped. */
public final class MalformedDataException extends RuntimeException {

  private final long line;

  public MalformedDataException(long line, String message) {
    super("line " + line + ": " + message, null, false, false);
    this.line = line;
  }

  public long line() {
    return line;
  }
}
