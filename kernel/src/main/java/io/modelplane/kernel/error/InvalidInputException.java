package io.modelplane.kernel.error;

import java.util.List;

/** The request is malformed: a field is missing, has the wrong type or an illegal value. */
public final class InvalidInputException extends DomainException {

  public InvalidInputException(String field, String message) {
    super(field + ": " + message, List.of(new FieldError(field, message)));
  }

  public InvalidInputException(String message, List<FieldError> errors) {
    super(message, errors);
  }

  /** Throws one exception naming every broken field, when there is any. */
  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(
          errors.size() == 1
              ? errors.getFirst().field() + ": " + errors.getFirst().message()
              : errors.size() + " fields are invalid",
          List.copyOf(errors));
    }
  }
}
