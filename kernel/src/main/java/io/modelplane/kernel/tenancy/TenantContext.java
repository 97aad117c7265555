package io.modelplane.kernel.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant the current request (or job) acts in. The database layer reads it on every connection,
 * so row-level security follows whatever is set here.
 */
@RequestScoped
public class TenantContext {

  private String tenant;

  public Optional<String> tenant() {
    return Optional.ofNullable(tenant);
  }

  public void enter(String tenant) {
    this.tenant = tenant;
  }

  public void leave() {
    this.tenant = null;
  }
}
