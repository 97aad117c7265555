package io.modelplane.privacy.source;

/** The data is not UTF-8 text (a binary file, or text in another encoding). */
public final class NotTextException extends RuntimeException {

  public NotTextException(String message) {
    super(message, null, false, false);
  }
}
