package io.modelplane.kernel.error;

/**
 * The one table from failure type to HTTP status, shared by the problem mapper and the audit trail.
 */
public final class ErrorStatus {

  private ErrorStatus() {}

  public static int of(Throwable failure) {
    return switch (failure) {
      case NotFoundException e -> 404;
      case ConflictException e -> 409;
      case InvalidInputException e -> 400;
      case UnprocessableException e -> 422;
      case PreconditionFailedException e -> 412;
      case AccessDeniedException e -> 403;
      default -> 500;
    };
  }
}
