package io.modelplane.audit.api;

import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.service.Checkpoints;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public key checkpoints are signed with. It is public on purpose: whoever holds a checkpoint
 * (an auditor, a report) must be able to check it without an account; pin it out of band.
 */
@Path("/api/v1/audit/signing-key")
@Tag(name = "audit")
@Produces(MediaType.APPLICATION_JSON)
public class SigningKeyResource {

  @Inject CheckpointSigner signer;
  @Inject Checkpoints checkpoints;

  @GET
  @PermitAll
  public SigningKeyView get() {
    String prefix = checkpoints.originPrefix();
    return SigningKeyView.of(
        signer.publicKey(),
        prefix,
        signer.retiredKeys().stream().map(k -> SigningKeyView.of(k, prefix, null)).toList());
  }
}
