package io.modelplane.kernel.error;

import java.util.List;

/** The request clashes with the current state, e.g. a duplicate name. */
public final class ConflictException extends DomainException {

  public ConflictException(String message) {
    super(message, List.of());
  }
}
