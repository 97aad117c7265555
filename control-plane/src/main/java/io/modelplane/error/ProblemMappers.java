package io.modelplane.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.modelplane.kernel.error.DomainException;
import io.modelplane.kernel.error.DomainException.FieldError;
import io.modelplane.kernel.error.ErrorStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one exception mapper: every failure leaves as {@code application/problem+json}, naming the
 * offending field where there is one, and never with a class name or stack trace.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri, Request request, HttpHeaders headers) {
    return backToForm(uri, request, headers, e.getMessage())
        .orElseGet(() -> Problems.of(ErrorStatus.of(e), e.getMessage(), path(uri), e.errors()));
  }

  @ServerExceptionMapper
  public Response validation(
      ValidationException e, UriInfo uri, Request request, HttpHeaders headers) {
    if (!(e instanceof ConstraintViolationException cve)) {
      return Problems.of(400, "the request is invalid", path(uri));
    }
    List<FieldError> errors =
        cve.getConstraintViolations().stream()
            .map(v -> new FieldError(JsonPaths.fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return backToForm(uri, request, headers, summary(errors))
        .orElseGet(() -> Problems.of(400, summary(errors), path(uri), errors));
  }

  @ServerExceptionMapper
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
    String field = JsonPaths.of(e.getPath());
    return Problems.of(
        400,
        "unknown field '" + field + "'",
        path(uri),
        List.of(new FieldError(field, "unknown field")));
  }

  @ServerExceptionMapper
  public Response wrongType(MismatchedInputException e, UriInfo uri) {
    String field = JsonPaths.of(e.getPath());
    if (field.isEmpty()) {
      return Problems.of(400, "the request body is empty or not a JSON object", path(uri));
    }
    String message = "has the wrong type or shape";
    return Problems.of(
        400, field + " " + message, path(uri), List.of(new FieldError(field, message)));
  }

  @ServerExceptionMapper
  public Response badMapping(JsonMappingException e, UriInfo uri) {
    String field = JsonPaths.of(e.getPath());
    String message = "is invalid";
    return field.isEmpty()
        ? Problems.of(400, "the request body could not be read", path(uri))
        : Problems.of(
            400, field + " " + message, path(uri), List.of(new FieldError(field, message)));
  }

  @ServerExceptionMapper
  public Response malformed(StreamReadException e, UriInfo uri) {
    return Problems.of(400, "malformed JSON at line " + lineOf(e), path(uri));
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    return Problems.of(400, "the request body is not valid JSON", path(uri));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return internal(e, uri);
    }
    Response.Status known = Response.Status.fromStatusCode(status);
    String detail = known != null ? known.getReasonPhrase() : "request failed";
    Response problem = Problems.of(status, detail, path(uri));
    // a 405 must say which methods the resource does allow (RFC 9110 §15.5.6)
    String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
    return allow == null
        ? problem
        : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
  }

  @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
  public Response unauthenticated(RuntimeException e, UriInfo uri) {
    return Problems.unauthorized(path(uri));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return Problems.of(403, "this operation needs a role you do not hold", path(uri));
  }

  @ServerExceptionMapper
  public Response internal(Throwable e, UriInfo uri) {
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "incident %s on %s", incident, path(uri));
    return Problems.of(500, "internal error; incident " + incident, path(uri));
  }

  /** A refused admin-UI form: back to its page with the message (see {@link FormFailures}). */
  private static Optional<Response> backToForm(
      UriInfo uri, Request request, HttpHeaders headers, String message) {
    if (uri == null || request == null || headers == null) {
      return Optional.empty();
    }
    boolean htmxPartial =
        headers.getHeaderString("HX-Request") != null
            && headers.getHeaderString("HX-Boosted") == null;
    return FormFailures.backTo(
            request.getMethod(),
            path(uri),
            headers.getHeaderString("Referer"),
            htmxPartial,
            message)
        .map(page -> Response.seeOther(page).build());
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  private static String summary(List<FieldError> errors) {
    return errors.stream()
        .map(f -> f.field() + ": " + f.message())
        .reduce((a, b) -> a + "; " + b)
        .orElse("invalid");
  }

  private static int lineOf(StreamReadException e) {
    return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
  }
}
