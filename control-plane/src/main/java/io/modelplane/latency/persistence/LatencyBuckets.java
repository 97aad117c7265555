package io.modelplane.latency.persistence;

import io.modelplane.persistence.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Latency rows of the current tenant (row-level security), and the roll-up work list. */
@ApplicationScoped
public class LatencyBuckets {

  /** An hour whose minute rows are waiting to be rolled up. */
  public record PendingHour(String tenant, long deploymentId, int revision, Instant hour) {}

  @Inject EntityManager em;

  public void add(LatencyBucket bucket) {
    em.persist(bucket);
  }

  /** Rows of one resolution whose bucket starts in [from, to). */
  public List<LatencyBucket> between(
      long deploymentId, String resolution, Instant from, Instant to) {
    return em.createQuery(
            "FROM LatencyBucket WHERE deploymentId = :d AND resolution = :r"
                + " AND bucketStart >= :from AND bucketStart < :to ORDER BY bucketStart",
            LatencyBucket.class)
        .setParameter("d", deploymentId)
        .setParameter("r", resolution)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * One revision's minute rows that other replicas stored, for minutes starting at or after {@code
   * from} (a replica stores a minute once it has closed).
   */
  public List<LatencyBucket> minutesOfOtherReplicas(
      long deploymentId, int revision, String self, Instant from) {
    return em.createQuery(
            "FROM LatencyBucket WHERE deploymentId = :d AND revision = :rev AND resolution = :r"
                + " AND replica <> :self AND bucketStart >= :from",
            LatencyBucket.class)
        .setParameter("d", deploymentId)
        .setParameter("rev", revision)
        .setParameter("r", LatencyBucket.MINUTE)
        .setParameter("self", self)
        .setParameter("from", from)
        .getResultList();
  }

  public List<LatencyBucket> minutesOf(long deploymentId, int revision, Instant hour) {
    return em.createQuery(
            "FROM LatencyBucket WHERE deploymentId = :d AND revision = :rev AND resolution = :r"
                + " AND bucketStart >= :from AND bucketStart < :to",
            LatencyBucket.class)
        .setParameter("d", deploymentId)
        .setParameter("rev", revision)
        .setParameter("r", LatencyBucket.MINUTE)
        .setParameter("from", hour)
        .setParameter("to", hour.plusSeconds(3600))
        .getResultList();
  }

  /** Closed hours not yet rolled up, across tenants (an owner-defined function). */
  @SuppressWarnings("unchecked")
  public List<PendingHour> pendingHours(Instant closedBefore) {
    List<Object[]> rows =
        em.createNativeQuery("SELECT * FROM latency_hours_to_roll_up(:before)")
            .setParameter("before", Timestamp.from(closedBefore))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new PendingHour(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).intValue(),
                    NativeValues.instant(r[3])))
        .toList();
  }

  /**
   * Deletes the tenant's minute rows older than the cutoff whose hour is rolled up: the hour row
   * keeps their history.
   */
  public int purgeRolledUpMinutes(Instant before) {
    return em.createNativeQuery(
            "DELETE FROM latency_bucket m WHERE m.resolution = 'minute' AND m.bucket_start < :b"
                + " AND EXISTS (SELECT 1 FROM latency_bucket h WHERE h.resolution = 'hour'"
                + " AND h.deployment_id = m.deployment_id AND h.revision = m.revision"
                + " AND h.bucket_start = date_trunc('hour', m.bucket_start))")
        .setParameter("b", Timestamp.from(before))
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public List<String> tenants() {
    return em.createNativeQuery("SELECT slug FROM tenant ORDER BY slug").getResultList();
  }
}
