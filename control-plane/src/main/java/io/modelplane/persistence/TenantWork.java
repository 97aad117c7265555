package io.modelplane.persistence;

import io.modelplane.kernel.tenancy.TenantContext;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Runs background work (reconciler, rollout controller, payload sampler) as one tenant: in a fresh
 * request context whose {@link TenantContext} names the tenant, so row-level security applies to
 * jobs exactly as it does to requests, and in a transaction of its own.
 */
@ApplicationScoped
public class TenantWork {

  @Inject TenantContext tenantContext;

  public <T> T inTransaction(String tenant, Supplier<T> work) {
    ManagedContext requestContext = Arc.container().requestContext();
    boolean activated = !requestContext.isActive();
    if (activated) {
      requestContext.activate();
    }
    try {
      tenantContext.enter(tenant);
      return QuarkusTransaction.requiringNew().call(work::get);
    } finally {
      tenantContext.leave();
      if (activated) {
        requestContext.terminate();
      }
    }
  }

  public void run(String tenant, Runnable work) {
    inTransaction(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }
}
