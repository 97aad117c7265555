package io.modelplane.registry.api;

import io.modelplane.kernel.tenancy.AuditedResource;
import io.modelplane.registry.inspect.ModelSignature;
import io.modelplane.registry.persistence.Lineage;
import io.modelplane.registry.persistence.ModelVersion;
import java.time.Instant;
import java.util.Map;

/** A model version as the API shows it. */
public record VersionView(
    String model,
    int version,
    String engine,
    Artifact artifact,
    ModelSignature signature,
    String signatureSource,
    Map<String, Double> metrics,
    Map<String, String> parameters,
    Lineage lineage,
    String description,
    String stage,
    String registeredBy,
    Instant registeredAt,
    String tenant)
    implements AuditedResource {

  /** Content address and size of the stored artifact. */
  public record Artifact(String sha256, long size) {}

  public static VersionView of(ModelVersion v) {
    return new VersionView(
        v.model.name,
        v.number,
        v.engine,
        new Artifact(v.artifactSha256, v.artifactSize),
        v.signature,
        v.signatureSource,
        v.metrics,
        v.parameters,
        v.lineage,
        v.description,
        v.stage,
        v.registeredBy,
        v.registeredAt,
        v.tenant);
  }

  @Override
  public String auditTenant() {
    return tenant;
  }

  @Override
  public String auditId() {
    return model + "/" + version;
  }
}
