package io.modelplane.runner.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.modelplane.runner.batching.BatchListener;
import io.modelplane.runner.model.ServedModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** The runner's own Prometheus series, named independently of the HTTP layer's. */
@ApplicationScoped
public class RunnerMetrics implements BatchListener {

  private final MeterRegistry registry;
  private final DistributionSummary batchRows;
  private final DistributionSummary batchRequests;

  RunnerMetrics(MeterRegistry registry, ServedModel served) {
    this.registry = registry;
    this.batchRows =
        DistributionSummary.builder("runner.batch.size")
            .description("Rows per engine call")
            .publishPercentileHistogram()
            .register(registry);
    this.batchRequests =
        DistributionSummary.builder("runner.batch.requests")
            .description("Requests merged into one engine call")
            .publishPercentileHistogram()
            .register(registry);
    Gauge.builder("runner.queue.depth", served, ServedModel::queueDepth)
        .description("Requests waiting for an engine call")
        .register(registry);
  }

  @Override
  public void batchRan(int requests, long rows) {
    batchRows.record(rows);
    batchRequests.record(requests);
  }

  /** One inference request answered with the given HTTP status. */
  public void request(int status, Duration duration) {
    String outcome = status < 400 ? "success" : status < 500 ? "client_error" : "server_error";
    Counter.builder("runner.requests")
        .description("Inference requests by outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
    if (status >= 400) {
      Counter.builder("runner.request.errors")
          .description("Inference requests answered with an error")
          .tag("status", Integer.toString(status))
          .register(registry)
          .increment();
    }
    Timer.builder("runner.request.duration")
        .description("Inference request latency, queueing included")
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(duration);
  }
}
