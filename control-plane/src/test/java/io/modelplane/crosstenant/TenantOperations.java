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
    String deployments = "/api/v1/tenants/{tenant}/deployments";
    String deployment = deployments + "/{deployment}";
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
        TenantOperation.read(model + "/versions/1/card?format=pdf", all),
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
            "/api/v1/tenants/{tenant}/stage-requests/{request}"),
        // registry: baselines and immutable versions
        new TenantOperation(
            "PUT",
            model + "/versions/1/baseline",
            "text/csv",
            "f0,f1\n9,9\n",
            writers,
            model + "/versions/1/baseline/data"),
        TenantOperation.read(model + "/versions/1/baseline", all),
        TenantOperation.read(model + "/versions/1/baseline/data", all),
        TenantOperation.write(
            "PUT", model + "/versions/1", "{\"engine\":\"onnx\"}", writers, model + "/versions/1"),
        TenantOperation.write(
            "PATCH",
            model + "/versions/1",
            "{\"description\":\"defaced\"}",
            writers,
            model + "/versions/1"),
        TenantOperation.write(
            "DELETE", model + "/versions/1", null, writers, model + "/versions/1"),
        // deployments
        TenantOperation.read(deployments, all),
        TenantOperation.write(
            "POST",
            deployments,
            "{\"name\":\"xt-attack\",\"environment\":\"dev\",\"backend\":\"kubernetes\","
                + "\"model\":\"{model}\",\"version\":1,\"reason\":\"attack\"}",
            writers,
            deployments + "/xt-attack/revisions"),
        TenantOperation.read(deployment, all),
        TenantOperation.write(
            "PATCH",
            deployment,
            "{\"replicas\":{\"min\":2,\"max\":2},\"reason\":\"attack\"}",
            writers,
            deployment + "/revisions"),
        TenantOperation.read(deployment + "/revisions", all),
        TenantOperation.read(deployment + "/revisions/1", all),
        TenantOperation.write(
            "POST",
            deployment + "/rollback",
            "{\"toRevision\":1,\"reason\":\"attack\"}",
            writers,
            deployment + "/revisions"),
        TenantOperation.read(deployment + "/rollout", all),
        TenantOperation.read(deployment + "/latency", all),
        TenantOperation.read(deployment + "/drift", all),
        TenantOperation.read(deployment + "/drift/timeline?step=1h", all),
        // monitoring
        TenantOperation.read(deployment + "/monitors", all),
        TenantOperation.write(
            "POST",
            deployment + "/monitors",
            "{\"name\":\"xt-attack\",\"kind\":\"no_traffic\",\"window\":\"PT5M\"}",
            writers,
            deployment + "/monitors"),
        TenantOperation.read(deployment + "/monitors/xt-attack", all),
        TenantOperation.write(
            "POST",
            deployment + "/monitors/xt-attack/evaluate",
            null,
            writers,
            deployment + "/monitors"),
        TenantOperation.write(
            "DELETE", deployment + "/monitors/xt-attack", null, writers, deployment + "/monitors"),
        TenantOperation.read("/api/v1/tenants/{tenant}/alerts", all),
        TenantOperation.read("/api/v1/tenants/{tenant}/alerts/1", all),
        TenantOperation.read("/api/v1/tenants/{tenant}/webhooks", Set.of(ADMIN, AUDITOR)),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/webhooks",
            "{\"url\":\"http://127.0.0.1:9/xt\",\"secret\":\"0123456789abcdef\"}",
            Set.of(ADMIN),
            "/api/v1/tenants/{tenant}/webhooks"),
        TenantOperation.write(
            "DELETE",
            "/api/v1/tenants/{tenant}/webhooks/1",
            null,
            Set.of(ADMIN),
            "/api/v1/tenants/{tenant}/webhooks"),
        TenantOperation.write(
            "POST",
            deployment + "/rollout/promote",
            "{\"reason\":\"attack\"}",
            writers,
            deployment + "/revisions"),
        TenantOperation.write(
            "POST",
            deployment + "/rollout/abort",
            "{\"reason\":\"attack\"}",
            writers,
            deployment + "/revisions"),
        TenantOperation.write(
            "POST",
            deployment + "/infer",
            "{\"inputs\":[{\"name\":\"input\",\"shape\":[1,4],\"datatype\":\"FP32\","
                + "\"data\":[1,2,3,4]}]}",
            Set.of(ADMIN, ENGINEER, VIEWER),
            null),
        // the binary tensor data extension (no JSON-length header: an allowed caller gets a 400)
        new TenantOperation(
            "POST",
            deployment + "/infer",
            "application/octet-stream",
            "{\"inputs\":[]}",
            Set.of(ADMIN, ENGINEER, VIEWER),
            null),
        TenantOperation.write("DELETE", deployment, null, writers, deployment + "/revisions"),
        // privacy
        TenantOperation.read("/api/v1/tenants/{tenant}/privacy-scans", all),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/privacy-scans",
            "{\"target\":{\"type\":\"metadata\",\"model\":\"{model}\"}}",
            writers,
            "/api/v1/tenants/{tenant}/privacy-scans?limit=1"),
        new TenantOperation(
            "POST",
            "/api/v1/tenants/{tenant}/privacy-scans",
            "text/csv",
            "email\nxt@example.com\n",
            writers,
            "/api/v1/tenants/{tenant}/privacy-scans?limit=1"),
        TenantOperation.read("/api/v1/tenants/{tenant}/privacy-scans/1", all),
        TenantOperation.read("/api/v1/tenants/{tenant}/privacy-settings", Set.of(ADMIN, AUDITOR)),
        TenantOperation.write(
            "PUT",
            "/api/v1/tenants/{tenant}/privacy-settings",
            "{\"redaction\":\"mask\",\"retentionDays\":30}",
            Set.of(ADMIN),
            "/api/v1/tenants/{tenant}/privacy-settings"),
        TenantOperation.read("/api/v1/tenants/{tenant}/erasure-requests", Set.of(ADMIN, AUDITOR)),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/erasure-requests",
            "{\"subject\":\"xt-nobody@example.com\"}",
            Set.of(ADMIN),
            "/api/v1/tenants/{tenant}/erasure-requests?limit=1"),
        TenantOperation.read("/api/v1/tenants/{tenant}/erasure-requests/1", Set.of(ADMIN, AUDITOR)),
        // audit log: events, proofs, verification, checkpoints
        TenantOperation.read("/api/v1/tenants/{tenant}/audit-events/0", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read(
            "/api/v1/tenants/{tenant}/audit-events/0/inclusion-proof", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read(
            "/api/v1/tenants/{tenant}/audit-events/verify", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read("/api/v1/tenants/{tenant}/checkpoints", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read("/api/v1/tenants/{tenant}/checkpoints/latest", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read("/api/v1/tenants/{tenant}/checkpoints/1", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read(
            "/api/v1/tenants/{tenant}/checkpoints/consistency?from=1", Set.of(ADMIN, AUDITOR)),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/checkpoints",
            null,
            Set.of(ADMIN, AUDITOR),
            "/api/v1/tenants/{tenant}/checkpoints/latest"),
        // reports: auditors may create them too (a report reads, and signs a checkpoint of the
        // log as it is; it changes nothing of the tenant's models), see AuditorRoleTest
        TenantOperation.read("/api/v1/tenants/{tenant}/reports", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read("/api/v1/tenants/{tenant}/reports/1", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read("/api/v1/tenants/{tenant}/reports/1/content", Set.of(ADMIN, AUDITOR)),
        TenantOperation.read(
            "/api/v1/tenants/{tenant}/reports/audit?format=json", Set.of(ADMIN, AUDITOR)),
        TenantOperation.write(
            "POST",
            "/api/v1/tenants/{tenant}/reports",
            "{\"kind\":\"audit\",\"format\":\"json\"}",
            Set.of(ADMIN, AUDITOR),
            // the trail of created reports, not the newest job: a job an allowed member started
            // may still be progressing while an attack is tried
            "/api/v1/tenants/{tenant}/audit-events?action=report.create&limit=1"));
  }
}
