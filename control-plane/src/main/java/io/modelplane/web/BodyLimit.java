package io.modelplane.web;

import io.modelplane.error.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversize JSON/form request with a 413 problem before its body is read. Uploads may be
 * far larger (Vert.x streams them to disk and enforces {@code quarkus.http.limits.max-body-size}).
 */
@ApplicationScoped
public class BodyLimit {

  @ConfigProperty(name = "modelplane.http.max-json-body")
  MemorySize maxBodySize;

  void install(@Observes Router router) {
    long limit = maxBodySize.asLongValue();
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null
                  && !isUpload(ctx.request().getHeader(HttpHeaders.CONTENT_TYPE))
                  && exceeds(length, limit)) {
                ctx.response()
                    .setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(
                        "{\"type\":\"urn:modelplane:problem:request-entity-too-large\","
                            + "\"title\":\"Request Entity Too Large\",\"status\":413,"
                            + "\"detail\":\"the request body exceeds "
                            + limit
                            + " bytes\"}");
                return;
              }
              ctx.next();
            });
  }

  /**
   * Artifacts and baselines (multipart, octet-stream, CSV, JSON lines) stream to disk; only bodies
   * parsed in memory — JSON documents, forms, or bodies of no declared type — get the small limit.
   */
  private static boolean isUpload(String contentType) {
    return contentType != null
        && !contentType.startsWith("application/json")
        && !contentType.startsWith("application/problem+json")
        && !contentType.startsWith("application/x-www-form-urlencoded");
  }

  private static boolean exceeds(String contentLength, long limit) {
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
