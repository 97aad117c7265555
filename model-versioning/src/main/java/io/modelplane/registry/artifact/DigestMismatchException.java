package io.modelplane.registry.artifact;

import java.io.IOException;

/** The uploaded bytes do not have the SHA-256 the client declared. */
public final class DigestMismatchException extends IOException {

  private final String expected;
  private final String actual;

  public DigestMismatchException(String expected, String actual) {
    super("sha256 mismatch: declared " + expected + ", received " + actual);
    this.expected = expected;
    this.actual = actual;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }
}
