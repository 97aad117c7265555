package io.modelplane.testing;

import io.modelplane.tenant.persistence.TenantRepository;
import io.modelplane.tenant.service.TenantService;
import io.modelplane.tenant.service.TenantService.NewTenant;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The demo tenants every test relies on ({@code acme}, {@code globex}), created at start as {@code
 * bin/modelplane up} does, so the demo realm's users have tenants to act in.
 */
public class DemoTenants {

  @Inject TenantService tenants;
  @Inject TenantRepository repository;

  void seed(@Observes StartupEvent start) {
    seedIfMissing("acme", "Acme Corp", 8);
    seedIfMissing("globex", "Globex", 4);
  }

  private void seedIfMissing(String slug, String name, int gpus) {
    if (!io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(() -> repository.exists(slug))) {
      tenants.create(new NewTenant(slug, name, gpus), "test-setup");
    }
  }
}
