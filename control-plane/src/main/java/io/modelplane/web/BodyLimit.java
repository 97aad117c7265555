package io.modelplane.web;

import io.modelplane.error.Problem;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversize request with a 413 problem before its body is read. Vert.x enforces the same
 * limit itself, but only with an empty answer; this gives callers the error model they expect.
 */
@ApplicationScoped
public class BodyLimit {

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  void install(@Observes Router router) {
    long limit = maxBodySize.asLongValue();
    router
        .route()
        .order(Integer.MIN_VALUE)
        .handler(
            ctx -> {
              String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
              if (length != null && exceeds(length, limit)) {
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

  private static boolean exceeds(String contentLength, long limit) {
    try {
      return Long.parseLong(contentLength.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
