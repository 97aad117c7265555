package io.modelplane.persistence;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Tenant jobs (privacy scans, reports) this replica runs off the request path, a few at a time, and
 * the set of those it holds, waiting or running. The owner touches them on a heartbeat, so the
 * leader can tell the jobs of a replica that died from slow ones.
 */
public final class HeldJobs {

  private static final Logger LOG = Logger.getLogger(HeldJobs.class);

  /** Runs one job of a tenant. */
  @FunctionalInterface
  public interface Work {
    void run(String tenant, long id);
  }

  /** Marks the given jobs of one tenant as alive (called inside the tenant's transaction). */
  @FunctionalInterface
  public interface Touch {
    void touch(String tenant, List<Long> ids);
  }

  private record Held(String tenant, long id) {}

  private final Set<Held> held = ConcurrentHashMap.newKeySet();
  private final String kind;
  private final ExecutorService pool;

  /**
   * @param kind what the jobs are, for thread names and logs ({@code report}, {@code privacy-scan})
   */
  public HeldJobs(String kind, int workers) {
    this.kind = kind;
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, workers), Thread.ofPlatform().daemon().name(kind + "-", 0).factory());
  }

  /** Runs the job when a worker is free; call after the job's transaction committed. */
  public void submit(String tenant, long id, Work work) {
    Held job = new Held(tenant, id);
    held.add(job);
    pool.execute(() -> run(job, work));
  }

  /**
   * Runs the job while the caller waits, on a thread of its own: a job enters and leaves its
   * tenant's context, which must not end the caller's.
   */
  public void runAndWait(String tenant, long id, Work work) {
    Held job = new Held(tenant, id);
    held.add(job);
    Thread runner = Thread.ofPlatform().name(kind + "-inline-" + id).start(() -> run(job, work));
    try {
      runner.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + kind + " " + id, e);
    }
  }

  /**
   * Touches every held job, one transaction per tenant; a tenant that fails does not stop others.
   */
  public void touch(TenantWork tenantWork, Touch touch) {
    Map<String, List<Long>> byTenant =
        held.stream()
            .collect(
                Collectors.groupingBy(
                    Held::tenant, Collectors.mapping(Held::id, Collectors.toList())));
    byTenant.forEach(
        (tenant, ids) -> {
          try {
            tenantWork.run(tenant, () -> touch.touch(tenant, ids));
          } catch (RuntimeException e) {
            LOG.warnf("could not touch the %s jobs of %s: %s", kind, tenant, e.getMessage());
          }
        });
  }

  public void shutdown() {
    pool.shutdownNow();
  }

  private void run(Held job, Work work) {
    try {
      work.run(job.tenant(), job.id());
    } catch (RuntimeException e) {
      LOG.errorf(e, "%s %s/%d could not run", kind, job.tenant(), job.id());
    } finally {
      held.remove(job);
    }
  }
}
