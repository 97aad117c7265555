package io.modelplane.runner.metrics;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Duration;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Times infer requests from arrival to response, errors included. */
public class InferenceTimingFilter {

  private static final String START = InferenceTimingFilter.class.getName() + ".start";

  private final RunnerMetrics metrics;

  InferenceTimingFilter(RunnerMetrics metrics) {
    this.metrics = metrics;
  }

  @ServerRequestFilter
  public void start(ContainerRequestContext request) {
    if (isInfer(request)) {
      request.setProperty(START, System.nanoTime());
    }
  }

  @ServerResponseFilter
  public void stop(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(START) instanceof Long start) {
      metrics.request(response.getStatus(), Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static boolean isInfer(ContainerRequestContext request) {
    return "POST".equals(request.getMethod()) && request.getUriInfo().getPath().endsWith("/infer");
  }
}
