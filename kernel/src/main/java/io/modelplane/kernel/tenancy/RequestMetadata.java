package io.modelplane.kernel.tenancy;

/** What the audit trail records about the request being served; the control plane provides it. */
public interface RequestMetadata {

  Actor actor();

  String requestId();

  String sourceAddress();
}
