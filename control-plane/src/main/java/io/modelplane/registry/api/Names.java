package io.modelplane.registry.api;

/** Naming rules shared by models and aliases (DNS labels, as Kubernetes names them). */
final class Names {

  static final String DNS_LABEL = "^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$";
  static final String DNS_LABEL_MESSAGE =
      "must be a DNS label: lower-case letters, digits and '-', at most 63";

  private Names() {}
}
