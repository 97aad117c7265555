package io.modelplane.audit.config;

import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.checkpoint.Ed25519Keys;
import io.modelplane.audit.service.Pseudonymizer;
import io.modelplane.config.LocalSecrets;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The audit log's keys. Production configures them ({@code modelplane.audit.signing-key}: base64
 * PKCS#8 of an Ed25519 private key; {@code modelplane.audit.pseudonym-key}: base64 of 32 random
 * bytes); the embedded defaults generate each once in the data directory, readable by its owner
 * only. Keys a rotation retired stay trusted for verification through {@code
 * modelplane.audit.retired-public-keys} (base64 SubjectPublicKeyInfo DER, as {@code GET
 * /api/v1/audit/signing-key} printed them).
 */
public class AuditProducers {

  @ConfigProperty(name = "modelplane.audit.signing-key")
  Optional<String> signingKey;

  @ConfigProperty(name = "modelplane.audit.retired-public-keys")
  Optional<List<String>> retiredKeys;

  @ConfigProperty(name = "modelplane.audit.pseudonym-key")
  Optional<String> pseudonymKey;

  @ConfigProperty(name = "modelplane.data-dir")
  Path dataDir;

  @Produces
  @Singleton
  CheckpointSigner signer() {
    String key =
        signingKey.orElseGet(
            () ->
                LocalSecrets.readOrCreate(
                    dataDir.resolve("audit-signing.key"), "modelplane.audit.signing-key"));
    List<PublicKey> retired =
        retiredKeys.orElse(List.of()).stream()
            .map(k -> Ed25519Keys.publicKey(Base64.getDecoder().decode(k.trim())))
            .toList();
    return new CheckpointSigner(Ed25519Keys.fromBase64(key), retired);
  }

  @Produces
  @Singleton
  Pseudonymizer pseudonymizer() {
    String key =
        pseudonymKey.orElseGet(
            () ->
                LocalSecrets.readOrCreate(
                    dataDir.resolve("audit-pseudonym.key"), "modelplane.audit.pseudonym-key"));
    return new Pseudonymizer(Base64.getDecoder().decode(key));
  }
}
