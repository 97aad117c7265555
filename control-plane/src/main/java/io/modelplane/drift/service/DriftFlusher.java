package io.modelplane.drift.service;

import io.modelplane.config.InstanceId;
import io.modelplane.drift.persistence.DriftWindowStore;
import io.modelplane.drift.service.DriftIngest.Key;
import io.modelplane.drift.service.DriftIngest.Minute;
import io.modelplane.persistence.TenantWork;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Stores every closed minute's window profiles, on every replica (each writes its own rows; a
 * window merges them all, exactly). The open minutes are stored at shutdown too. A minute that
 * fails to store is only slower to query: its samples are re-profiled when asked for.
 */
@ApplicationScoped
public class DriftFlusher {

  private static final Logger LOG = Logger.getLogger(DriftFlusher.class);

  @Inject DriftIngest ingest;
  @Inject DriftWindowStore store;
  @Inject TenantWork tenantWork;
  @Inject InstanceId replica;
  @Inject Clock clock;

  @Scheduled(
      every = "${modelplane.drift.flush:10s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    flush();
  }

  void onStop(@Observes ShutdownEvent event) {
    flushAll();
  }

  /** Stores every open minute too, as at shutdown (a later sample of it becomes another row). */
  public void flushAll() {
    store(ingest.drain(null));
  }

  /** Stores the minutes that have closed (tests call it instead of waiting for the schedule). */
  public void flush() {
    store(ingest.drain(clock.instant()));
  }

  private void store(Map<Key, Minute> closed) {
    Map<String, Map<Key, Minute>> byTenant = new LinkedHashMap<>();
    closed.forEach(
        (k, m) -> byTenant.computeIfAbsent(k.tenant(), t -> new LinkedHashMap<>()).put(k, m));
    byTenant.forEach(
        (tenant, minutes) -> {
          try {
            tenantWork.run(tenant, () -> minutes.forEach(this::insert));
          } catch (RuntimeException e) {
            LOG.warnf(e, "could not store %d drift minutes of tenant %s", minutes.size(), tenant);
          }
        });
  }

  private void insert(Key k, Minute m) {
    store.add(
        k.tenant(),
        k.deploymentId(),
        k.baseline(),
        DriftWindowStore.MINUTE,
        k.minute(),
        replica.get(),
        m.samples(),
        m.profile().toBytes());
  }
}
