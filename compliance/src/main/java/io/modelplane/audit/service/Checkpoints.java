package io.modelplane.audit.service;

import io.modelplane.audit.chain.UtcMicros;
import io.modelplane.audit.checkpoint.Checkpoint;
import io.modelplane.audit.checkpoint.CheckpointNote;
import io.modelplane.audit.checkpoint.CheckpointSigner;
import io.modelplane.audit.persistence.CheckpointStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the current tree head of a tenant's log. A log that has not grown since its last checkpoint
 * gets no second one: asking again returns the existing checkpoint. Call inside a transaction, as
 * the tenant.
 */
@ApplicationScoped
public class Checkpoints {

  @Inject AuditTree tree;
  @Inject CheckpointStore store;
  @Inject CheckpointSigner signer;
  @Inject Clock clock;

  @ConfigProperty(name = "modelplane.audit.origin", defaultValue = "modelplane")
  String originPrefix;

  /** The checkpoint and whether this call created it. */
  public record Result(Checkpoint checkpoint, boolean created) {}

  public Result create(String tenant, String createdBy) {
    long size = tree.size(tenant);
    Optional<Checkpoint> existing = store.atSize(tenant, size);
    if (existing.isPresent()) {
      return new Result(existing.get(), false);
    }
    CheckpointNote note =
        new CheckpointNote(
            CheckpointNote.origin(originPrefix, tenant),
            size,
            tree.root(tenant, size),
            UtcMicros.of(clock.instant()));
    Checkpoint unsaved =
        new Checkpoint(0, tenant, note, signer.keyId(), signer.sign(note.bytes()), createdBy);
    return store
        .insert(unsaved)
        .map(
            id ->
                new Result(
                    new Checkpoint(
                        id, tenant, note, unsaved.keyId(), unsaved.signature(), createdBy),
                    true))
        .orElseGet(() -> new Result(store.atSize(tenant, size).orElseThrow(), false));
  }

  public List<Checkpoint> page(String tenant, long afterId, int limit) {
    return store.page(tenant, afterId, limit);
  }

  public Optional<Checkpoint> byId(String tenant, long id) {
    return store.byId(tenant, id);
  }

  public Optional<Checkpoint> atSize(String tenant, long size) {
    return store.atSize(tenant, size);
  }

  public Optional<Checkpoint> latest(String tenant) {
    return store.latest(tenant);
  }

  /** Tenants whose log grew since its newest checkpoint. */
  public List<String> logsToCheckpoint() {
    return store.logsToCheckpoint();
  }

  public String originPrefix() {
    return originPrefix;
  }
}
