package io.modelplane.ui;

import io.modelplane.kernel.error.InvalidInputException;
import io.modelplane.tenant.api.CreateTenantRequest;
import jakarta.ws.rs.FormParam;

/** The tenants page's create form; converted to the API's request and validated like it. */
public class TenantForm {

  @FormParam("slug")
  public String slug;

  @FormParam("displayName")
  public String displayName;

  @FormParam("gpuQuota")
  public String gpuQuota;

  CreateTenantRequest toRequest() {
    int quota;
    try {
      quota = Integer.parseInt(gpuQuota == null ? "" : gpuQuota.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("gpuQuota", "must be a whole number");
    }
    return new CreateTenantRequest(slug, displayName, quota);
  }
}
