package io.modelplane.kernel.error;

import java.util.List;

/** The named resource does not exist in this tenant (or is hidden from the caller). */
public final class NotFoundException extends DomainException {

  public NotFoundException(String resource, String id) {
    super("%s '%s' not found".formatted(resource, id), List.of());
  }
}
