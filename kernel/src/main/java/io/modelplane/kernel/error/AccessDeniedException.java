package io.modelplane.kernel.error;

import java.util.List;

/** The caller belongs to the tenant but their role may not do this. */
public final class AccessDeniedException extends DomainException {

  public AccessDeniedException(String message) {
    super(message, List.of());
  }
}
