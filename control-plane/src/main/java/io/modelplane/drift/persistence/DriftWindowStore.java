package io.modelplane.drift.persistence;

import static io.modelplane.persistence.NativeValues.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code drift_window} rows of the current tenant (row-level security) and the payload-sample
 * counts they are checked against. Profiles are read only for the rows a window uses.
 */
@ApplicationScoped
public class DriftWindowStore {

  public static final String MINUTE = "minute";
  public static final String HOUR = "hour";

  /** Which baseline a row was profiled against. */
  public record BaselineKey(long versionId, String sha256) {}

  /** A row without its profile. */
  public record RowInfo(long id, String resolution, Instant start, long samples) {}

  /** An hour whose minute rows wait to be rolled up. */
  public record PendingHour(String tenant, long deploymentId, BaselineKey baseline, Instant hour) {}

  @Inject EntityManager em;

  public void add(
      String tenant,
      long deploymentId,
      BaselineKey baseline,
      String resolution,
      Instant start,
      String replica,
      long samples,
      byte[] profile) {
    em.createNativeQuery(
            "INSERT INTO drift_window (tenant, deployment_id, baseline_version_id,"
                + " baseline_sha256, resolution, bucket_start, replica, samples, profile)"
                + " VALUES (:t, :d, :v, :s, :r, :at, :replica, :n, :p) ON CONFLICT DO NOTHING")
        .setParameter("t", tenant)
        .setParameter("d", deploymentId)
        .setParameter("v", baseline.versionId())
        .setParameter("s", baseline.sha256())
        .setParameter("r", resolution)
        .setParameter("at", Timestamp.from(start))
        .setParameter("replica", replica)
        .setParameter("n", samples)
        .setParameter("p", profile)
        .executeUpdate();
  }

  /** Rows built against {@code baseline} whose bucket starts in [from, to). */
  @SuppressWarnings("unchecked")
  public List<RowInfo> rows(long deploymentId, BaselineKey baseline, Instant from, Instant to) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, resolution, bucket_start, samples FROM drift_window"
                    + " WHERE deployment_id = :d AND baseline_version_id = :v"
                    + " AND baseline_sha256 = :s AND bucket_start >= :from AND bucket_start < :to")
            .setParameter("d", deploymentId)
            .setParameter("v", baseline.versionId())
            .setParameter("s", baseline.sha256())
            .setParameter("from", Timestamp.from(from))
            .setParameter("to", Timestamp.from(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RowInfo(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    instant(r[2]),
                    ((Number) r[3]).longValue()))
        .toList();
  }

  /** The profiles of the given rows, by id. */
  @SuppressWarnings("unchecked")
  public Map<Long, byte[]> profiles(List<Long> ids) {
    Map<Long, byte[]> profiles = new HashMap<>();
    if (ids.isEmpty()) {
      return profiles;
    }
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, profile FROM drift_window WHERE id IN (:ids)")
            .setParameter("ids", ids)
            .getResultList();
    rows.forEach(r -> profiles.put(((Number) r[0]).longValue(), (byte[]) r[1]));
    return profiles;
  }

  /**
   * Usable samples (answered below 400, as drift reads them) per minute start in [from, to): an
   * index-only count, the payloads are not read.
   */
  @SuppressWarnings("unchecked")
  public Map<Instant, Long> sampleCounts(long deploymentId, Instant from, Instant to) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CAST(floor(extract(epoch FROM sampled_at) / 60) AS bigint), count(*)"
                    + " FROM payload_sample WHERE deployment_id = :d AND status < 400"
                    + " AND sampled_at >= :from AND sampled_at < :to GROUP BY 1")
            .setParameter("d", deploymentId)
            .setParameter("from", Timestamp.from(from))
            .setParameter("to", Timestamp.from(to))
            .getResultList();
    Map<Instant, Long> counts = new HashMap<>();
    rows.forEach(
        r ->
            counts.put(
                Instant.ofEpochSecond(((Number) r[0]).longValue() * 60),
                ((Number) r[1]).longValue()));
    return counts;
  }

  /** The minute rows of one hour and baseline, all replicas. */
  @SuppressWarnings("unchecked")
  public List<Object[]> minutesOf(long deploymentId, BaselineKey baseline, Instant hour) {
    return em.createNativeQuery(
            "SELECT samples, profile FROM drift_window WHERE deployment_id = :d"
                + " AND baseline_version_id = :v AND baseline_sha256 = :s"
                + " AND resolution = 'minute' AND bucket_start >= :from AND bucket_start < :to")
        .setParameter("d", deploymentId)
        .setParameter("v", baseline.versionId())
        .setParameter("s", baseline.sha256())
        .setParameter("from", Timestamp.from(hour))
        .setParameter("to", Timestamp.from(hour.plusSeconds(3600)))
        .getResultList();
  }

  /** Closed hours not yet rolled up, across tenants (an owner-defined function). */
  @SuppressWarnings("unchecked")
  public List<PendingHour> pendingHours(Instant closedBefore) {
    List<Object[]> rows =
        em.createNativeQuery("SELECT * FROM drift_hours_to_roll_up(:before)")
            .setParameter("before", Timestamp.from(closedBefore))
            .getResultList();
    List<PendingHour> pending = new ArrayList<>();
    for (Object[] r : rows) {
      pending.add(
          new PendingHour(
              (String) r[0],
              ((Number) r[1]).longValue(),
              new BaselineKey(((Number) r[2]).longValue(), (String) r[3]),
              instant(r[4])));
    }
    return pending;
  }

  /** Deletes minute rows older than the cutoff whose hour is rolled up (the hour keeps them). */
  public int purgeRolledUpMinutes(Instant before) {
    return em.createNativeQuery(
            "DELETE FROM drift_window m WHERE m.resolution = 'minute' AND m.bucket_start < :b"
                + " AND EXISTS (SELECT 1 FROM drift_window h WHERE h.resolution = 'hour'"
                + " AND h.deployment_id = m.deployment_id"
                + " AND h.baseline_version_id = m.baseline_version_id"
                + " AND h.baseline_sha256 = m.baseline_sha256"
                + " AND h.bucket_start = date_trunc('hour', m.bucket_start AT TIME ZONE 'UTC')"
                + " AT TIME ZONE 'UTC')")
        .setParameter("b", Timestamp.from(before))
        .executeUpdate();
  }

  /** Deletes the tenant's rows older than the cutoff (retention). */
  public long purge(String tenant, Instant cutoff) {
    return em.createNativeQuery(
            "DELETE FROM drift_window WHERE tenant = :t AND bucket_start < :cutoff")
        .setParameter("t", tenant)
        .setParameter("cutoff", Timestamp.from(cutoff))
        .executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public List<String> tenants() {
    return em.createNativeQuery("SELECT slug FROM tenant ORDER BY slug").getResultList();
  }
}
