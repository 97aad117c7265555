package io.modelplane.monitor.persistence;

import io.modelplane.kernel.error.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Monitors, alerts, webhooks and notifications of the current tenant (row-level security). */
@ApplicationScoped
public class MonitorRepository {

  /** A key the leader's jobs work through, across tenants. */
  public record Key(String tenant, long id) {}

  @Inject EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  public List<Monitor> monitors(long deploymentId) {
    return em.createQuery(
            "FROM Monitor WHERE deploymentId = :d AND NOT deleted ORDER BY name", Monitor.class)
        .setParameter("d", deploymentId)
        .getResultList();
  }

  public Monitor monitor(long deploymentId, String name) {
    return em.createQuery(
            "FROM Monitor WHERE deploymentId = :d AND name = :n AND NOT deleted", Monitor.class)
        .setParameter("d", deploymentId)
        .setParameter("n", name)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("monitor", name));
  }

  public Optional<Monitor> monitorById(long id) {
    return Optional.ofNullable(em.find(Monitor.class, id));
  }

  public Optional<Alert> firing(long monitorId) {
    return em.createQuery("FROM Alert WHERE monitorId = :m AND state = 'firing'", Alert.class)
        .setParameter("m", monitorId)
        .getResultStream()
        .findFirst();
  }

  /** Alerts newest first; optionally of one deployment and/or in one state. */
  public List<Alert> alerts(Long deploymentId, String state, Long beforeId, int limit) {
    String where =
        "id < :before"
            + (deploymentId == null ? "" : " AND deploymentId = :d")
            + (state == null ? "" : " AND state = :s");
    var query =
        em.createQuery("FROM Alert WHERE " + where + " ORDER BY id DESC", Alert.class)
            .setParameter("before", beforeId == null ? Long.MAX_VALUE : beforeId)
            .setMaxResults(limit);
    if (deploymentId != null) {
      query.setParameter("d", deploymentId);
    }
    if (state != null) {
      query.setParameter("s", state);
    }
    return query.getResultList();
  }

  public List<Webhook> webhooks() {
    return em.createQuery("FROM Webhook WHERE NOT deleted ORDER BY id", Webhook.class)
        .getResultList();
  }

  public Webhook webhook(long id) {
    Webhook w = em.find(Webhook.class, id);
    if (w == null || w.deleted) {
      throw new NotFoundException("webhook", Long.toString(id));
    }
    return w;
  }

  /** A webhook even after it was deleted: notifications queued before still name it. */
  public Webhook webhookIncludingDeleted(long id) {
    return em.find(Webhook.class, id);
  }

  public Optional<Notification> notification(long id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  public List<Notification> notificationsOf(long alertId) {
    return em.createQuery("FROM Notification WHERE alertId = :a ORDER BY id", Notification.class)
        .setParameter("a", alertId)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  public List<Key> monitorsToEvaluate() {
    return keys(em.createNativeQuery("SELECT * FROM monitors_to_evaluate()").getResultList());
  }

  @SuppressWarnings("unchecked")
  public List<Key> notificationsDue(Instant now) {
    return keys(
        em.createNativeQuery("SELECT * FROM notifications_due(:now)")
            .setParameter("now", Timestamp.from(now))
            .getResultList());
  }

  private static List<Key> keys(List<Object[]> rows) {
    return rows.stream().map(r -> new Key((String) r[0], ((Number) r[1]).longValue())).toList();
  }
}
