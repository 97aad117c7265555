package io.modelplane.kernel.error;

import java.util.List;

/** An If-Match precondition did not hold: someone changed the resource first. */
public final class PreconditionFailedException extends DomainException {

  public PreconditionFailedException(String message) {
    super(message, List.of());
  }
}
