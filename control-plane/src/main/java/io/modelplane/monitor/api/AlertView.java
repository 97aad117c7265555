package io.modelplane.monitor.api;

import io.modelplane.monitor.persistence.Alert;
import io.modelplane.monitor.persistence.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An alert with its evidence and, when asked for one alert, its notifications' delivery. */
public record AlertView(
    long id,
    String monitor,
    String deployment,
    String state,
    Instant firedAt,
    Instant resolvedAt,
    Double value,
    Double threshold,
    Map<String, Object> evidence,
    Map<String, Object> resolution,
    List<Delivery> notifications) {

  /** One webhook delivery of the alert's events. */
  public record Delivery(
      long webhook,
      String event,
      int attempts,
      Instant deliveredAt,
      boolean failed,
      Integer lastStatus,
      String lastError) {
    static Delivery of(Notification n) {
      return new Delivery(
          n.webhookId, n.event, n.attempts, n.deliveredAt, n.failed, n.lastStatus, n.lastError);
    }
  }

  static AlertView of(
      Alert a, String monitor, String deployment, List<Notification> notifications) {
    return new AlertView(
        a.id,
        monitor,
        deployment,
        a.state,
        a.firedAt,
        a.resolvedAt,
        a.value,
        a.threshold,
        a.evidence,
        a.resolution,
        notifications == null ? null : notifications.stream().map(Delivery::of).toList());
  }
}
