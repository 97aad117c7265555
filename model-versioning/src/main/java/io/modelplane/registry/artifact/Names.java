package io.modelplane.registry.artifact;

import java.util.regex.Pattern;

/** Tenant ids and digests are validated before they become paths or object keys. */
final class Names {

  private static final Pattern TENANT = Pattern.compile("^[a-z][a-z0-9-]{1,30}[a-z0-9]$");
  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  private Names() {}

  static String tenant(String tenant) {
    if (tenant == null || !TENANT.matcher(tenant).matches()) {
      throw new IllegalArgumentException("not a tenant id: " + tenant);
    }
    return tenant;
  }

  static String sha256(String sha) {
    if (sha == null || !SHA256.matcher(sha).matches()) {
      throw new IllegalArgumentException("not a lower-case hex sha256: " + sha);
    }
    return sha;
  }
}
