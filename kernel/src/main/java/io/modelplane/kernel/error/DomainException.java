package io.modelplane.kernel.error;

import java.util.List;

/**
 * A failure the caller can act on. Each subtype maps to exactly one HTTP status in the control
 * plane's problem mapper; the message is shown to the caller, so it never holds internals.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException,
        ConflictException,
        InvalidInputException,
        UnprocessableException,
        PreconditionFailedException,
        AccessDeniedException {

  private final List<FieldError> errors;

  protected DomainException(String message, List<FieldError> errors) {
    super(message, null, false, false);
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One offending field of a request, named as the caller sent it. */
  public record FieldError(String field, String message) {}
}
