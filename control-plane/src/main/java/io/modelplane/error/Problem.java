package io.modelplane.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.modelplane.kernel.error.DomainException.FieldError;
import java.util.List;

/** An RFC 9457 problem detail, the body of every 4xx and 5xx answer. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
