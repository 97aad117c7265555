package io.modelplane.privacy.service;

import io.modelplane.config.LocalSecrets;
import io.modelplane.privacy.redact.KeyedHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-tenant HMAC keys for hashed payloads and erasure evidence, each derived from one secret
 * ({@code modelplane.privacy.hash-key}, or a key generated once in the data directory). Replacing
 * the secret makes earlier hashes unmatchable: erasure by hash then no longer finds samples hashed
 * before the change.
 */
@ApplicationScoped
public class PrivacyKeys {

  @Inject PrivacyConfig config;

  @ConfigProperty(name = "modelplane.data-dir")
  Path dataDir;

  private final Map<String, byte[]> tenantKeys = new ConcurrentHashMap<>();
  private volatile byte[] secret;

  /** A hasher under the tenant's key (hashers are cheap and not thread-safe: one per use). */
  public KeyedHasher hasher(String tenant) {
    return new KeyedHasher(
        tenantKeys.computeIfAbsent(tenant, t -> KeyedHasher.tenantKey(secret(), t)));
  }

  private byte[] secret() {
    if (secret == null) {
      synchronized (this) {
        if (secret == null) {
          String encoded =
              config
                  .hashKey()
                  .orElseGet(
                      () ->
                          LocalSecrets.readOrCreate(
                              dataDir.resolve("privacy-hash.key"), "modelplane.privacy.hash-key"));
          byte[] decoded = Base64.getDecoder().decode(encoded.trim());
          if (decoded.length < 32) {
            throw new IllegalStateException("modelplane.privacy.hash-key must hold 32+ bytes");
          }
          secret = decoded;
        }
      }
    }
    return secret;
  }
}
