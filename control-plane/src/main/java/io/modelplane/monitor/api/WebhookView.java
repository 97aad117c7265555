package io.modelplane.monitor.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.monitor.persistence.Webhook;
import java.time.Instant;

/** A webhook; its secret is never shown again. */
public record WebhookView(long id, String tenant, String url, String createdBy, Instant createdAt)
    implements AuditedResource {

  static WebhookView of(Webhook w) {
    return new WebhookView(w.id, w.tenant, w.url, w.createdBy, w.createdAt);
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return Long.toString(id);
  }
}
