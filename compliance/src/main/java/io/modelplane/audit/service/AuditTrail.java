package io.modelplane.audit.service;

import io.modelplane.audit.persistence.AuditEvent;
import io.modelplane.kernel.tenancy.Actor;
import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.kernel.tenancy.RequestMetadata;
import io.modelplane.kernel.tenancy.TenantContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Appends events to a tenant's audit trail in a transaction of their own, so a failed call is
 * recorded even though its own transaction rolled back.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class);

  @Inject EntityManager em;
  @Inject TenantContext tenantContext;
  @Inject RequestMetadata request;
  @Inject Clock clock;

  public void record(
      String action, String resourceType, AuditedResource target, int status, String failure) {
    Optional<String> tenant =
        tenantContext
            .tenant()
            .or(() -> Optional.ofNullable(target).map(AuditedResource::auditTenant));
    if (tenant.isEmpty()) {
      LOG.infof("audit (no tenant) %s %s status=%d", action, resourceType, status);
      return;
    }
    Map<String, Object> details = new HashMap<>();
    if (failure != null) {
      details.put("failure", failure);
    }
    AuditEvent event = event(tenant.get(), action, resourceType, status, details);
    event.resourceId = target == null ? null : target.auditId();
    append(event);
  }

  /** A request stopped by tenancy or role checks before it reached a resource method. */
  public void recordDenied(String tenant, String method, String path, int status) {
    AuditEvent event =
        event(tenant, "access.denied", "http", status, Map.of("method", method, "path", path));
    event.resourceId = path;
    append(event);
  }

  private AuditEvent event(
      String tenant, String action, String resourceType, int status, Map<String, Object> details) {
    Actor actor = request.actor();
    AuditEvent e = new AuditEvent();
    e.tenant = tenant;
    e.occurredAt = clock.instant();
    e.actorSubject = actor.subject();
    e.actorName = actor.name();
    e.clientId = actor.clientId();
    e.roles = String.join(",", new TreeSet<>(actor.roles()));
    e.action = action;
    e.resourceType = resourceType;
    e.status = status;
    e.outcome = status < 400 ? "success" : status == 403 || status == 404 ? "denied" : "failure";
    e.requestId = request.requestId();
    e.sourceAddress = request.sourceAddress();
    e.details = details;
    return e;
  }

  private void append(AuditEvent event) {
    Optional<String> previous = tenantContext.tenant();
    tenantContext.enter(event.tenant);
    try {
      QuarkusTransaction.requiringNew().run(() -> em.persist(event));
    } finally {
      previous.ifPresentOrElse(tenantContext::enter, tenantContext::leave);
    }
  }
}
