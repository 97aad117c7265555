package io.modelplane.ui;

import io.modelplane.audit.api.AuditEventView;
import io.modelplane.tenant.api.TenantView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The admin UI's pages; each renders inside {@code layout.html}. */
@CheckedTemplate(basePath = "UiPages")
final class UiPages {

  private UiPages() {}

  static native TemplateInstance tenants(Shell shell, List<TenantView> tenants, boolean canCreate);

  static native TemplateInstance tenant(
      Shell shell, TenantView tenant, List<String> roles, List<AuditEventView> recentEvents);

  static native TemplateInstance tenants$rows(List<TenantView> tenants);
}
