package io.modelplane.kernel.error;

import java.util.List;

/** The request is well-formed but cannot be carried out, e.g. it exceeds a quota. */
public final class UnprocessableException extends DomainException {

  public UnprocessableException(String field, String message) {
    super(field + ": " + message, List.of(new FieldError(field, message)));
  }
}
