package io.modelplane.privacy.persistence;

import static io.modelplane.persistence.NativeValues.instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Scans, erasure evidence and settings. Queries name the tenant although row-level security would
 * hide other tenants' rows anyway.
 */
@ApplicationScoped
public class PrivacyRepository {

  @Inject EntityManager em;
  @Inject ObjectMapper json;

  /** A tenant's policy row as the leader's jobs see it (see {@code privacy_policies()}). */
  public record Policy(
      String tenant,
      Integer retentionDays,
      ScanSchedule schedule,
      Instant lastScheduledScanAt,
      boolean hasSettings) {}

  /** Newest first; {@code before} is the cursor (an id). */
  public List<PrivacyScan> scans(String tenant, Long before, int limit) {
    return em.createQuery(
            "from PrivacyScan where tenant = :t and id < :before order by id desc",
            PrivacyScan.class)
        .setParameter("t", tenant)
        .setParameter("before", before == null ? Long.MAX_VALUE : before)
        .setMaxResults(limit)
        .getResultList();
  }

  public PrivacyScan scan(String tenant, long id) {
    PrivacyScan scan = em.find(PrivacyScan.class, id);
    if (scan == null || !scan.tenant.equals(tenant)) {
      throw new NotFoundException("privacy scan", Long.toString(id));
    }
    return scan;
  }

  public List<ErasureRequest> erasures(String tenant, Long before, int limit) {
    return em.createQuery(
            "from ErasureRequest where tenant = :t and id < :before order by id desc",
            ErasureRequest.class)
        .setParameter("t", tenant)
        .setParameter("before", before == null ? Long.MAX_VALUE : before)
        .setMaxResults(limit)
        .getResultList();
  }

  public ErasureRequest erasure(String tenant, long id) {
    ErasureRequest erasure = em.find(ErasureRequest.class, id);
    if (erasure == null || !erasure.tenant.equals(tenant)) {
      throw new NotFoundException("erasure request", Long.toString(id));
    }
    return erasure;
  }

  public Optional<PrivacySettings> settings(String tenant) {
    return Optional.ofNullable(em.find(PrivacySettings.class, tenant));
  }

  /** Records a scheduled scan without changing the settings' version (an admin's ETag). */
  public void markScheduled(String tenant, Instant at) {
    em.createNativeQuery(
            "UPDATE privacy_settings SET last_scheduled_scan_at = :at WHERE tenant = :t")
        .setParameter("at", Timestamp.from(at))
        .setParameter("t", tenant)
        .executeUpdate();
  }

  /** Tells the leader's sweep that this replica still holds these scans. */
  public void heartbeat(String tenant, Collection<Long> ids, Instant at) {
    em.createQuery(
            "update PrivacyScan set heartbeatAt = :at where tenant = :t and id in :ids"
                + " and status in ('pending', 'running')")
        .setParameter("at", at)
        .setParameter("t", tenant)
        .setParameter("ids", ids)
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public List<Policy> policies() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT tenant, retention_days, CAST(scan_schedule AS text),"
                    + " last_scheduled_scan_at, has_settings FROM privacy_policies()")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Policy(
                    (String) r[0],
                    r[1] == null ? null : ((Number) r[1]).intValue(),
                    r[2] == null ? null : schedule((String) r[2]),
                    r[3] == null ? null : instant(r[3]),
                    (Boolean) r[4]))
        .toList();
  }

  /** Scans whose replica stopped touching them before {@code cutoff}: tenant and id. */
  @SuppressWarnings("unchecked")
  public List<Object[]> staleScans(Instant cutoff) {
    return em.createNativeQuery("SELECT tenant, id FROM privacy_stale_scans(:c)")
        .setParameter("c", Timestamp.from(cutoff))
        .getResultList();
  }

  /** Serialises policy changes of one tenant (the tenant row is the lock). */
  public void lockTenant(String tenant) {
    em.createNativeQuery("SELECT slug FROM tenant WHERE slug = :t FOR UPDATE")
        .setParameter("t", tenant)
        .getResultList();
  }

  public void persist(Object entity) {
    em.persist(entity);
  }

  private ScanSchedule schedule(String text) {
    try {
      return json.readValue(text, ScanSchedule.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable scan schedule", e);
    }
  }
}
