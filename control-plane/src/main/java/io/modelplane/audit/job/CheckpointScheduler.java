package io.modelplane.audit.job;

import io.modelplane.audit.service.Checkpoints;
import io.modelplane.leader.Leadership;
import io.modelplane.persistence.TenantWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Signs a checkpoint of every tenant log that grew since its last one, on the leader only, every
 * {@code modelplane.audit.checkpoint-every} (10 minutes by default; {@code off} disables it).
 * Events after the newest checkpoint are protected by their stored hashes alone, so this interval
 * is the window in which a database owner could rewrite recent history undetected.
 */
@ApplicationScoped
public class CheckpointScheduler {

  private static final Logger LOG = Logger.getLogger(CheckpointScheduler.class);

  @Inject Leadership leadership;
  @Inject TenantWork tenantWork;
  @Inject Checkpoints checkpoints;

  @Scheduled(
      every = "${modelplane.audit.checkpoint-every:10m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    if (leadership.isLeader()) {
      checkpointGrownLogs();
    }
  }

  /** Checkpoints each grown log; returns how many were signed. */
  public int checkpointGrownLogs() {
    List<String> tenants = tenantWork.inTransaction("", checkpoints::logsToCheckpoint);
    int signed = 0;
    for (String tenant : tenants) {
      try {
        if (tenantWork.inTransaction(
            tenant, () -> checkpoints.create(tenant, "system").created())) {
          signed++;
        }
      } catch (RuntimeException e) {
        LOG.warnf("checkpointing the audit log of %s failed: %s", tenant, e.getMessage());
      }
    }
    return signed;
  }
}
