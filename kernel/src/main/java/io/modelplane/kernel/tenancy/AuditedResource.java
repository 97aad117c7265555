package io.modelplane.kernel.tenancy;

/** A response that names the resource an audited call acted on. */
public interface AuditedResource {

  /** The tenant the resource belongs to. */
  String auditTenant();

  /** The resource's identifier within its tenant. */
  String auditId();
}
