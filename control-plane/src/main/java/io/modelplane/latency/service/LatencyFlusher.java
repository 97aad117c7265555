package io.modelplane.latency.service;

import io.modelplane.config.InstanceId;
import io.modelplane.latency.persistence.LatencyBucket;
import io.modelplane.latency.persistence.LatencyBuckets;
import io.modelplane.latency.service.LatencyRecorder.Series;
import io.modelplane.monitoring.latency.MinuteRecorder.Closed;
import io.modelplane.persistence.TenantWork;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Stores every closed minute's latency sketches, on every replica (each writes its own rows; a
 * window's answer merges them). The current minute is stored at shutdown too.
 */
@ApplicationScoped
public class LatencyFlusher {

  private static final Logger LOG = Logger.getLogger(LatencyFlusher.class);

  @Inject LatencyRecorder recorder;
  @Inject LatencyBuckets buckets;
  @Inject TenantWork tenantWork;

  @Inject InstanceId replica;

  @Scheduled(
      every = "${modelplane.latency.flush:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void flushClosed() {
    store(recorder.closed());
  }

  void onStop(@Observes ShutdownEvent event) {
    store(recorder.all());
  }

  /** Stores what has closed so far (tests call it instead of waiting for the schedule). */
  public void flush() {
    flushClosed();
  }

  private void store(List<Closed<Series>> closed) {
    Map<String, List<Closed<Series>>> byTenant =
        closed.stream().collect(Collectors.groupingBy(c -> c.series().tenant()));
    byTenant.forEach(
        (tenant, rows) -> {
          try {
            tenantWork.run(tenant, () -> rows.forEach(c -> buckets.add(row(c))));
          } catch (RuntimeException e) {
            LOG.warnf(e, "could not store %d latency minutes of tenant %s", rows.size(), tenant);
          }
        });
  }

  private LatencyBucket row(Closed<Series> c) {
    LatencyBucket b = new LatencyBucket();
    b.tenant = c.series().tenant();
    b.deploymentId = c.series().deploymentId();
    b.revision = c.series().revision();
    b.resolution = LatencyBucket.MINUTE;
    b.bucketStart = c.minute();
    b.replica = replica.get();
    b.requests = c.sketch().requests();
    b.errors = c.sketch().errors();
    b.sketch = c.sketch().encode();
    return b;
  }
}
