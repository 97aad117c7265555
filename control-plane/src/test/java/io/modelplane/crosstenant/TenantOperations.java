package io.modelplane.crosstenant;

import static io.modelplane.security.TenantRole.ADMIN;
import static io.modelplane.security.TenantRole.AUDITOR;
import static io.modelplane.security.TenantRole.ENGINEER;
import static io.modelplane.security.TenantRole.VIEWER;

import io.modelplane.security.TenantRole;
import java.util.List;
import java.util.Set;

/** The catalogue of tenant-owned operations. A new endpoint joins the harness by a line here. */
public final class TenantOperations {

  private TenantOperations() {}

  public static List<TenantOperation> all() {
    Set<TenantRole> all = Set.of(ADMIN, ENGINEER, VIEWER, AUDITOR);
    Set<TenantRole> writers = Set.of(ADMIN, ENGINEER);
    String model = "/api/v1/tenants/{tenant}/models/{model}";
    return List.of(
        TenantOperation.read("/api/v1/tenants/{tenant}", all),
        TenantOperation.read("/api/v1/tenants/{tenant}/audit-events", Set.of(ADMIN, AUDITOR)),
        // registry
        TenantOperation.read("/api/v1/tenants/{tenant}/registry-settings", all),
        TenantOperation.write(
            "PUT",
            "/api/v1/tenants/{tenant}/registry-settings",
            "{\"productionApprovals\":1,\"multipleProduction\":false}",
            Set.of(ADMIN),
            "/api/v1/tenants/{tenant}/registry-settings"),
        TenantOperation.read("/api/v1/tenants/{tenant}/models", all),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/models",
            "{\"name\":\"xt-attack\",\"task\":\"regression\"}",
            writers,
            "/api/v1/tenants/{tenant}/models?prefix=xt-attack"),
        TenantOperation.read(model, all),
        TenantOperation.write("PATCH", model, "{\"description\":\"defaced\"}", writers, model),
        TenantOperation.read(model + "/versions", all),
        new TenantOperation(
            "POST",
            model + "/versions",
            TenantOperation.MULTIPART,
            "{\"engine\":\"xgboost\"}",
            writers,
            model + "/versions"),
        TenantOperation.read(model + "/versions/1", all),
        TenantOperation.read(model + "/versions/1/artifact", all),
        TenantOperation.read(model + "/aliases", all),
        TenantOperation.read(model + "/aliases/champion", all),
        TenantOperation.read(model + "/aliases/champion/history", all),
        TenantOperation.write(
            "PUT",
            model + "/aliases/champion",
            "{\"version\":1}",
            writers,
            model + "/aliases/champion/history"),
        TenantOperation.write(
            "DELETE",
            model + "/aliases/champion",
            null,
            writers,
            model + "/aliases/champion/history"),
        TenantOperation.write(
            "POST",
            model + "/versions/1/stage-requests",
            "{\"targetStage\":\"archived\"}",
            writers,
            model + "/versions/1"),
        TenantOperation.read(model + "/versions/1/stage-requests", all),
        TenantOperation.read(model + "/versions/1/transitions", all),
        TenantOperation.read("/api/v1/tenants/{tenant}/stage-requests/{request}", all),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/stage-requests/{request}/approve",
            "{}",
            Set.of(ADMIN),
            "/api/v1/tenants/{tenant}/stage-requests/{request}"),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/stage-requests/{request}/reject",
            "{}",
            Set.of(ADMIN),
            "/api/v1/tenants/{tenant}/stage-requests/{request}"),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/stage-requests/{request}/cancel",
            null,
            writers,
            "/api/v1/tenants/{tenant}/stage-requests/{request}"));
  }
}
