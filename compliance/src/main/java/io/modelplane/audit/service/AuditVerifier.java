package io.modelplane.audit.service;

import io.modelplane.audit.chain.ChainVerifier;
import io.modelplane.audit.chain.Verification;
import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.persistence.AuditRows;
import io.modelplane.audit.persistence.CheckpointStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recomputes a tenant's log from its rows and compares it with the stored leaf hashes and the
 * signed checkpoints. A million events take seconds of one core, so callers asking while a check of
 * the same tenant runs share its result instead of starting another. Call inside a transaction, as
 * the tenant.
 */
@ApplicationScoped
public class AuditVerifier {

  @Inject AuditRows rows;
  @Inject CheckpointStore checkpoints;
  @Inject CheckpointSigner signer;

  private final Map<String, CompletableFuture<Verification>> running = new ConcurrentHashMap<>();

  public Verification verify(String tenant) {
    CompletableFuture<Verification> mine = new CompletableFuture<>();
    CompletableFuture<Verification> other = running.putIfAbsent(tenant, mine);
    if (other != null) {
      return other.join();
    }
    try {
      ChainVerifier verifier = new ChainVerifier(checkpoints.all(tenant), signer);
      rows.verify(tenant, verifier);
      Verification result = verifier.finish();
      mine.complete(result);
      return result;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(tenant, mine);
    }
  }
}
