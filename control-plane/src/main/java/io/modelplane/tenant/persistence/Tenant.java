package io.modelplane.tenant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A tenant row; never returned over HTTP (see {@code TenantView}). */
@Entity
@Table(name = "tenant")
public class Tenant {

  @Id public String slug;

  @Column(name = "display_name", nullable = false)
  public String displayName;

  @Column(name = "gpu_quota", nullable = false)
  public int gpuQuota;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  public String createdBy;

  @Version public long version;
}
