package io.modelplane.monitor.service;

import io.modelplane.latency.service.LatencyWindows;
import io.modelplane.monitor.persistence.Alert;
import io.modelplane.monitor.persistence.Monitor;
import io.modelplane.monitor.persistence.MonitorRepository;
import io.modelplane.monitor.persistence.Notification;
import io.modelplane.monitor.persistence.Webhook;
import io.modelplane.monitoring.rules.Evaluation;
import io.modelplane.monitoring.rules.Evaluator;
import io.modelplane.monitoring.rules.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluates one monitor over its trailing window and moves its alert: a breach opens a firing alert
 * (once), an evaluation without breach resolves it; a window without data changes nothing. Each
 * transition queues a notification per webhook of the tenant.
 */
@ApplicationScoped
@Transactional
public class MonitorEvaluations {

  public static final String OK = "ok";
  public static final String FIRING = "firing";
  public static final String NO_DATA = "no_data";

  @Inject MonitorRepository repository;
  @Inject LatencyWindows latency;
  @Inject DriftCounts drift;
  @Inject Clock clock;

  public Evaluation evaluate(long monitorId) {
    Monitor m = repository.monitorById(monitorId).orElseThrow();
    Instant now = clock.instant();
    Instant from = now.minusSeconds(m.windowSeconds);
    Observation observed =
        Monitor.DRIFT.equals(m.kind)
            ? new Observation(
                null,
                null,
                drift
                    .driftedColumns(m.tenant, m.deploymentId, m.columns, m.threshold, from, now)
                    .orElse(null))
            : Observation.of(latency.total(m.deploymentId, from, now));
    Evaluation e = Evaluator.evaluate(MonitorRules.condition(m), observed);
    transition(m, e, now);
    m.evaluatedAt = now;
    m.lastState = e.noData() ? NO_DATA : e.breached() ? FIRING : OK;
    return e;
  }

  private void transition(Monitor m, Evaluation e, Instant now) {
    var firing = repository.firing(m.id);
    if (e.breached() && firing.isEmpty()) {
      Alert a = new Alert();
      a.tenant = m.tenant;
      a.monitorId = m.id;
      a.deploymentId = m.deploymentId;
      a.state = Alert.FIRING;
      a.firedAt = now;
      a.value = finite(e.value());
      a.threshold = finite(e.threshold());
      a.evidence = evidence(m, e, now);
      repository.add(a);
      notifyAll(a, m, "alert.firing", a.evidence, now);
    } else if (!e.breached() && !e.noData() && firing.isPresent()) {
      Alert a = firing.get();
      a.state = Alert.RESOLVED;
      a.resolvedAt = now;
      a.resolution = evidence(m, e, now);
      notifyAll(a, m, "alert.resolved", a.resolution, now);
    }
  }

  private void notifyAll(Alert a, Monitor m, String event, Map<String, Object> what, Instant now) {
    for (Webhook w : repository.webhooks()) {
      Notification n = new Notification();
      n.tenant = a.tenant;
      n.webhookId = w.id;
      n.alertId = a.id;
      n.event = event;
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("event", event);
      payload.put("tenant", a.tenant);
      payload.put("alert", a.id);
      payload.put("monitor", m.name);
      payload.put("deploymentId", m.deploymentId);
      payload.put("state", a.state);
      payload.put("firedAt", a.firedAt.toString());
      payload.put("evidence", what);
      n.payload = payload;
      n.nextAttemptAt = now;
      repository.add(n);
    }
  }

  private static Map<String, Object> evidence(Monitor m, Evaluation e, Instant now) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("kind", m.kind);
    evidence.put("value", finite(e.value()));
    evidence.put("threshold", finite(e.threshold()));
    evidence.put("window", java.time.Duration.ofSeconds(m.windowSeconds).toString());
    evidence.put("evaluatedAt", now.toString());
    evidence.put("detail", e.detail());
    return evidence;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
