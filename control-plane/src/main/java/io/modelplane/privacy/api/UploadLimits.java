package io.modelplane.privacy.api;

import io.modelplane.error.Problem;
import io.modelplane.error.Problems;
import io.modelplane.kernel.error.DomainException.FieldError;
import io.modelplane.privacy.service.UploadStaging;
import io.modelplane.privacy.service.UploadTooLargeException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Files to scan larger than {@code modelplane.privacy.max-upload} get a 413 problem naming the
 * limit: before the body is read when its length is declared, else as soon as the stream passes the
 * limit (the partial file is deleted).
 */
@ApplicationScoped
public class UploadLimits {

  private static final String PATH_REGEX = "/api/v1/tenants/[^/]+/privacy-scans/?";

  @Inject UploadStaging uploads;

  void install(@Observes Router router) {
    router
        .postWithRegex(PATH_REGEX)
        .order(Integer.MIN_VALUE + 1)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
              long limit = uploads.limit();
              boolean file = type == null || !type.startsWith("application/json");
              if (file && length != null && exceeds(length, limit)) {
                ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(
                        "{\"type\":\"urn:modelplane:problem:request-entity-too-large\","
                            + "\"title\":\"Request Entity Too Large\",\"status\":413,"
                            + "\"detail\":\"file: exceeds the scan limit of "
                            + limit
                            + " bytes\",\"errors\":[{\"field\":\"file\",\"message\":"
                            + "\"larger than "
                            + limit
                            + " bytes\"}]}");
                return;
              }
              ctx.next();
            });
  }

  @ServerExceptionMapper
  public Response tooLarge(UploadTooLargeException e, UriInfo uri) {
    return problem(e, uri);
  }

  static Response problem(UploadTooLargeException e, UriInfo uri) {
    return Problems.of(
        413,
        "file: exceeds the scan limit of " + e.limit() + " bytes",
        uri.getRequestUri().getRawPath(),
        List.of(new FieldError("file", "larger than " + e.limit() + " bytes")));
  }

  private static boolean exceeds(String contentLength, long limit) {
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
