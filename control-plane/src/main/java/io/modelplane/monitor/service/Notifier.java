package io.modelplane.monitor.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelplane.monitor.persistence.MonitorRepository;
import io.modelplane.monitor.persistence.MonitorRepository.Key;
import io.modelplane.monitor.persistence.Notification;
import io.modelplane.monitor.persistence.Webhook;
import io.modelplane.persistence.TenantWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers due notifications: POSTs the JSON payload signed with the webhook's secret; a 2xx answer
 * delivers it, anything else retries after 2, 4, 8 … s (capped) until {@code max-attempts}. The
 * HTTP call happens outside any transaction.
 */
@ApplicationScoped
public class Notifier {

  @Inject MonitorRepository repository;
  @Inject TenantWork tenantWork;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  @ConfigProperty(name = "modelplane.webhooks.max-attempts", defaultValue = "8")
  int maxAttempts;

  @ConfigProperty(name = "modelplane.webhooks.max-backoff", defaultValue = "10m")
  Duration maxBackoff;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** A notification ready to send, read in its tenant's transaction. */
  private record Outgoing(long id, String url, String secret, String body) {}

  /** Sends everything due now; returns how many were delivered. */
  public int deliverDue() {
    int delivered = 0;
    for (Key key :
        tenantWork.inTransaction("", () -> repository.notificationsDue(clock.instant()))) {
      Outgoing out = tenantWork.inTransaction(key.tenant(), () -> outgoing(key.id()));
      if (out == null) {
        continue;
      }
      Result result = send(out);
      tenantWork.run(key.tenant(), () -> record(key.id(), result));
      delivered += result.ok() ? 1 : 0;
    }
    return delivered;
  }

  private Outgoing outgoing(long id) {
    Notification n = repository.notification(id).orElse(null);
    if (n == null || n.deliveredAt != null || n.failed) {
      return null;
    }
    Webhook w = repository.webhookIncludingDeleted(n.webhookId);
    try {
      return new Outgoing(id, w.url, w.secret, json.writeValueAsString(n.payload));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Result(boolean ok, Integer status, String error) {}

  private Result send(Outgoing out) {
    long now = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(out.url()))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("X-Modelplane-Delivery", Long.toString(out.id()))
            .header(WebhookSigner.HEADER, WebhookSigner.signature(out.secret(), now, out.body()))
            .POST(HttpRequest.BodyPublishers.ofString(out.body()))
            .build();
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return new Result(
          status >= 200 && status < 300, status, status >= 300 ? "HTTP " + status : null);
    } catch (IOException e) {
      return new Result(false, null, e.getClass().getSimpleName() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(false, null, "interrupted");
    }
  }

  private void record(long id, Result result) {
    Notification n = repository.notification(id).orElseThrow();
    Instant now = clock.instant();
    n.attempts++;
    n.lastStatus = result.status();
    n.lastError = result.error();
    if (result.ok()) {
      n.deliveredAt = now;
    } else if (n.attempts >= maxAttempts) {
      n.failed = true;
    } else {
      n.nextAttemptAt = now.plus(backoff(n.attempts));
    }
  }

  Duration backoff(int attempts) {
    Duration d = Duration.ofSeconds(1L << Math.min(attempts, 20));
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
