package io.modelplane.report.persistence;

import io.modelplane.kernel.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Report jobs. Queries name the tenant although row-level security would hide other tenants' rows
 * anyway. Call inside a transaction, as the tenant.
 */
@ApplicationScoped
public class ReportJobRepository {

  @Inject EntityManager em;

  /** A job's rendered document. */
  public record Content(String contentType, byte[] bytes, String sha256) {}

  public void persist(ReportJob job) {
    em.persist(job);
  }

  public ReportJob job(String tenant, long id) {
    ReportJob job = em.find(ReportJob.class, id);
    if (job == null || !job.tenant.equals(tenant)) {
      throw new NotFoundException("report", Long.toString(id));
    }
    return job;
  }

  /** Newest first; {@code before} is the cursor (an id). */
  public List<ReportJob> jobs(String tenant, Long before, int limit) {
    return em.createQuery(
            "from ReportJob where tenant = :t and id < :before order by id desc", ReportJob.class)
        .setParameter("t", tenant)
        .setParameter("before", before == null ? Long.MAX_VALUE : before)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * The report a new one proves consistency from: the tenant's succeeded report with the largest
   * checkpoint no larger than {@code maxTreeSize} (the newest log state any officer was handed
   * before this one), other than {@code self}.
   */
  public Optional<ReportJob> previous(String tenant, long self, long maxTreeSize) {
    return em.createQuery(
            "from ReportJob where tenant = :t and status = 'succeeded' and id <> :self"
                + " and checkpointTreeSize <= :max order by checkpointTreeSize desc, id desc",
            ReportJob.class)
        .setParameter("t", tenant)
        .setParameter("self", self)
        .setParameter("max", maxTreeSize)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Writes pending entity changes, so a native update that follows sees them. */
  public void flush() {
    em.flush();
  }

  public void storeContent(String tenant, long id, Content content) {
    em.createNativeQuery(
            "UPDATE report_job SET content = :bytes, content_type = :type, content_sha256 = :sha"
                + " WHERE tenant = :t AND id = :id")
        .setParameter("bytes", content.bytes())
        .setParameter("type", content.contentType())
        .setParameter("sha", content.sha256())
        .setParameter("t", tenant)
        .setParameter("id", id)
        .executeUpdate();
  }

  public Optional<Content> content(String tenant, long id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT content_type, content, content_sha256 FROM report_job"
                    + " WHERE tenant = :t AND id = :id AND content IS NOT NULL")
            .setParameter("t", tenant)
            .setParameter("id", id)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new Content((String) r[0], (byte[]) r[1], (String) r[2]))
        .findFirst();
  }

  /** Tells the leader's sweep that this replica still holds these jobs. */
  public void heartbeat(String tenant, Collection<Long> ids, Instant at) {
    em.createQuery(
            "update ReportJob set heartbeatAt = :at where tenant = :t and id in :ids"
                + " and status in ('queued', 'running')")
        .setParameter("at", at)
        .setParameter("t", tenant)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  /** Jobs whose replica stopped touching them before {@code cutoff}: tenant and id. */
  @SuppressWarnings("unchecked")
  public List<Object[]> staleJobs(Instant cutoff) {
    return em.createNativeQuery("SELECT tenant, id FROM report_stale_jobs(:c)")
        .setParameter("c", Timestamp.from(cutoff))
        .getResultList();
  }
}
