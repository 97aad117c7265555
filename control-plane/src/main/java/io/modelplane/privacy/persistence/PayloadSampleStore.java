package io.modelplane.privacy.persistence;

import io.modelplane.deployment.persistence.PayloadSample;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What privacy does with sampled payloads: read them for scans, find and delete them. */
@ApplicationScoped
public class PayloadSampleStore {

  /** Ids per statement: well below PostgreSQL's limit of bind parameters. */
  private static final int CHUNK = 5_000;

  @Inject EntityManager em;

  /** A candidate for erasure: the sample's JSON as stored (text), and its deployment. */
  public record Candidate(long id, long deploymentId, String request, String response) {}

  public List<PayloadSample> page(
      String tenant, long deploymentId, Instant from, Instant to, long afterId, int limit) {
    return em.createQuery(
            "from PayloadSample where tenant = :t and deploymentId = :d and sampledAt >= :from"
                + " and sampledAt < :to and id > :after order by id",
            PayloadSample.class)
        .setParameter("t", tenant)
        .setParameter("d", deploymentId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("after", afterId)
        .setMaxResults(limit)
        .getResultList();
  }

  public long count(String tenant, long deploymentId, Instant from, Instant to) {
    return em.createQuery(
            "select count(*) from PayloadSample where tenant = :t and deploymentId = :d"
                + " and sampledAt >= :from and sampledAt < :to",
            Long.class)
        .setParameter("t", tenant)
        .setParameter("d", deploymentId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getSingleResult();
  }

  /**
   * Samples whose stored JSON text contains any of {@code needles}: a text search, so callers
   * confirm each match. (Samples are never updated, so what is judged is what gets deleted.)
   */
  @SuppressWarnings("unchecked")
  public List<Candidate> containing(String tenant, List<String> needles) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, deployment_id, CAST(request AS text), CAST(response AS text)"
                + " FROM payload_sample WHERE tenant = :t AND (false");
    for (int i = 0; i < needles.size(); i++) {
      sql.append(" OR strpos(CAST(request AS text), :n")
          .append(i)
          .append(") > 0 OR strpos(coalesce(CAST(response AS text), ''), :n")
          .append(i)
          .append(") > 0");
    }
    sql.append(") ORDER BY id");
    var query = em.createNativeQuery(sql.toString()).setParameter("t", tenant);
    for (int i = 0; i < needles.size(); i++) {
      query.setParameter("n" + i, needles.get(i));
    }
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new Candidate(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    (String) r[2],
                    (String) r[3]))
        .toList();
  }

  /**
   * Deletes the given samples of one deployment, and the drift window profiles built from them (a
   * minute's profile may hold the raw values it was built from; the drift query re-profiles what is
   * left of those minutes and hours from the remaining samples); returns how many samples were
   * deleted.
   */
  public long delete(String tenant, long deploymentId, List<Long> ids) {
    long deleted = 0;
    for (int from = 0; from < ids.size(); from += CHUNK) {
      deleted +=
          ((Number)
                  em.createNativeQuery(
                          "WITH gone AS (DELETE FROM payload_sample WHERE tenant = :t"
                              + " AND deployment_id = :d AND id IN (:ids) RETURNING sampled_at),"
                              + " derived AS (DELETE FROM drift_window w WHERE w.tenant = :t"
                              + " AND w.deployment_id = :d AND ((w.resolution = 'minute'"
                              + " AND w.bucket_start IN (SELECT date_trunc('minute', sampled_at"
                              + " AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' FROM gone))"
                              + " OR (w.resolution = 'hour' AND w.bucket_start IN (SELECT"
                              + " date_trunc('hour', sampled_at AT TIME ZONE 'UTC')"
                              + " AT TIME ZONE 'UTC' FROM gone))))"
                              + " SELECT count(*) FROM gone")
                      .setParameter("t", tenant)
                      .setParameter("d", deploymentId)
                      .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                      .getSingleResult())
              .longValue();
    }
    return deleted;
  }

  public long purge(String tenant, Instant cutoff) {
    return em.createNativeQuery(
            "DELETE FROM payload_sample WHERE tenant = :t AND sampled_at < :cutoff")
        .setParameter("t", tenant)
        .setParameter("cutoff", Timestamp.from(cutoff))
        .executeUpdate();
  }

  /** Deployment names by id, deleted deployments included. */
  @SuppressWarnings("unchecked")
  public Map<Long, String> deploymentNames(String tenant, Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    List<Object[]> rows =
        em.createNativeQuery("SELECT id, name FROM deployment WHERE tenant = :t AND id IN (:ids)")
            .setParameter("t", tenant)
            .setParameter("ids", ids)
            .getResultList();
    rows.forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
    return names;
  }
}
