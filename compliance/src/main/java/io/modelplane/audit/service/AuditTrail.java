package io.modelplane.audit.service;

import io.modelplane.kernel.tenancy.Actor;
import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.kernel.tenancy.RequestMetadata;
import io.modelplane.kernel.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Records what happened in a tenant's audit log, independently of the caller's own transaction (so
 * a failed call is recorded although its transaction rolled back), and returns once the event is
 * durable. Free text in the details is pseudonymised first ({@link Pseudonymizer}); the actor is
 * kept as subject, user name and client id, because saying who acted is the log's purpose.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Logger LOG = Logger.getLogger(AuditTrail.class);

  @Inject TenantContext tenantContext;
  @Inject RequestMetadata request;
  @Inject Clock clock;
  @Inject AuditLogWriter writer;
  @Inject Pseudonymizer pseudonymizer;

  /**
   * Whether a call about to run will have its event recorded (its tenant is known up front): then
   * the event's commit can make the call's writes durable ({@link DurableByAudit}).
   */
  public boolean willRecord() {
    return tenantContext.tenant().isPresent();
  }

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
    String resourceId = target == null ? null : target.auditId();
    writer.append(entry(tenant.get(), action, resourceType, resourceId, status, details));
  }

  /** A request stopped by tenancy or role checks before it reached a resource method. */
  public void recordDenied(String tenant, String method, String path, int status) {
    writer.append(
        entry(
            tenant, "access.denied", "http", path, status, Map.of("method", method, "path", path)));
  }

  private AuditEntry entry(
      String tenant,
      String action,
      String resourceType,
      String resourceId,
      int status,
      Map<String, Object> details) {
    Actor actor = request.actor();
    return new AuditEntry(
        tenant,
        clock.instant().truncatedTo(ChronoUnit.MICROS),
        text(actor.subject()),
        text(actor.name()),
        text(actor.clientId()),
        String.join(",", new TreeSet<>(actor.roles())),
        action,
        resourceType,
        pseudonymizer.clean(resourceId),
        status < 400 ? "success" : status == 403 || status == 404 ? "denied" : "failure",
        status,
        text(request.requestId()),
        text(request.sourceAddress()),
        pseudonymizer.details(details));
  }

  /** PostgreSQL text holds no NUL character. */
  private static String text(String s) {
    return s == null ? null : s.replace('\u0000', '\uFFFD');
  }
}
