package io.modelplane.error;

import io.modelplane.kernel.error.DomainException.FieldError;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem responses; the one place that decides their type URIs and titles. */
public final class Problems {

  private static final String TYPE_PREFIX = "urn:modelplane:problem:";

  private Problems() {}

  public static Response of(int status, String detail, String instance, List<FieldError> errors) {
    Response.Status known = Response.Status.fromStatusCode(status);
    String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
    String type = TYPE_PREFIX + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    Problem problem = new Problem(type, title, status, detail, instance, errors);
    return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  public static Response of(int status, String detail, String instance) {
    return of(status, detail, instance, List.of());
  }

  public static Response tenantNotFound(String tenant, String instance) {
    return of(404, "tenant '" + tenant + "' not found", instance);
  }

  public static Response forbidden(String instance) {
    return of(403, "your role in this tenant does not allow this operation", instance);
  }

  public static Response unauthorized(String instance) {
    Response r = of(401, "a valid bearer token is required", instance);
    return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }
}
