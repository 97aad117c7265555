package io.modelplane.privacy.service;

import io.modelplane.persistence.TenantWork;
import io.modelplane.privacy.persistence.PrivacyRepository;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Runs scans off the request path, a few at a time ({@code modelplane.privacy.workers}); the rest
 * wait in line. Every scan this replica holds, waiting or running, is touched every 30 s so the
 * leader can tell scans of a replica that died (and mark them failed) from slow ones.
 */
@ApplicationScoped
public class ScanWorker {

  private static final Logger LOG = Logger.getLogger(ScanWorker.class);

  @Inject ScanExecution execution;
  @Inject PrivacyConfig config;
  @Inject TenantWork tenantWork;
  @Inject PrivacyRepository repository;
  @Inject Clock clock;

  private record Held(String tenant, long id) {}

  private final Set<Held> held = ConcurrentHashMap.newKeySet();
  private ExecutorService pool;

  @PostConstruct
  void start() {
    pool =
        Executors.newFixedThreadPool(
            Math.max(1, config.workers()),
            Thread.ofPlatform().daemon().name("privacy-scan-", 0).factory());
  }

  /** Runs the scan when a worker is free; call after the scan's transaction committed. */
  public void submit(String tenant, long id) {
    Held scan = new Held(tenant, id);
    held.add(scan);
    pool.execute(
        () -> {
          try {
            execution.run(tenant, id);
          } catch (RuntimeException e) {
            LOG.errorf(e, "privacy scan %s/%d could not run", tenant, id);
          } finally {
            held.remove(scan);
          }
        });
  }

  @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void heartbeat() {
    Map<String, List<Long>> byTenant =
        held.stream()
            .collect(
                Collectors.groupingBy(
                    Held::tenant, Collectors.mapping(Held::id, Collectors.toList())));
    byTenant.forEach(
        (tenant, ids) -> {
          try {
            tenantWork.run(tenant, () -> repository.heartbeat(tenant, ids, clock.instant()));
          } catch (RuntimeException e) {
            LOG.warnf("could not touch privacy scans of %s: %s", tenant, e.getMessage());
          }
        });
  }

  void onStop(@Observes ShutdownEvent event) {
    pool.shutdownNow();
  }
}
