package io.modelplane.registry.service;

import io.modelplane.kernel.error.NotFoundException;
import io.modelplane.kernel.error.PreconditionFailedException;
import io.modelplane.registry.persistence.AliasEvent;
import io.modelplane.registry.persistence.ModelAlias;
import io.modelplane.registry.persistence.ModelVersion;
import io.modelplane.registry.persistence.RegisteredModel;
import io.modelplane.registry.persistence.RegistryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Aliases and their history. Moves serialise on the model's row lock, so concurrent moves are
 * applied one after another and every one of them lands in the history.
 */
@ApplicationScoped
public class AliasService {

  @Inject RegistryRepository repository;
  @Inject Clock clock;

  @Transactional
  public ModelAlias set(
      String tenant,
      String modelName,
      String alias,
      int version,
      String reason,
      String actor,
      OptionalLong ifMatch) {
    RegisteredModel model = repository.lockModel(tenant, modelName);
    repository.version(model, version);
    ModelAlias current = repository.findAlias(model, alias).orElse(null);
    checkPrecondition(alias, current, ifMatch);
    Integer from = current == null ? null : current.versionNumber;
    boolean created = current == null;
    if (created) {
      current = new ModelAlias();
      current.tenant = tenant;
      current.modelId = model.id;
      current.alias = alias;
    }
    current.versionNumber = version;
    current.updatedAt = clock.instant();
    current.updatedBy = actor;
    if (created) {
      // IDENTITY ids insert at persist, so the row must be complete first
      repository.persist(current);
    }
    record(model, alias, from, version, reason, actor, current.updatedAt);
    repository.flush();
    return current;
  }

  @Transactional
  public void delete(
      String tenant,
      String modelName,
      String alias,
      String reason,
      String actor,
      OptionalLong ifMatch) {
    RegisteredModel model = repository.lockModel(tenant, modelName);
    ModelAlias current =
        repository.findAlias(model, alias).orElseThrow(() -> new NotFoundException("alias", alias));
    checkPrecondition(alias, current, ifMatch);
    record(model, alias, current.versionNumber, null, reason, actor, clock.instant());
    repository.delete(current);
  }

  @Transactional
  public ModelAlias get(String tenant, String modelName, String alias) {
    RegisteredModel model = repository.model(tenant, modelName);
    return repository
        .findAlias(model, alias)
        .orElseThrow(() -> new NotFoundException("alias", alias));
  }

  @Transactional
  public List<ModelAlias> list(String tenant, String modelName) {
    return repository.aliases(repository.model(tenant, modelName));
  }

  /** Every move of the alias up to {@code at} (all when null), oldest first. */
  @Transactional
  public List<AliasEvent> history(String tenant, String modelName, String alias, Instant at) {
    return repository.aliasHistory(repository.model(tenant, modelName), alias, at);
  }

  /** The version an alias points at. */
  @Transactional
  public ModelVersion resolve(String tenant, String modelName, String alias) {
    RegisteredModel model = repository.model(tenant, modelName);
    ModelAlias current =
        repository.findAlias(model, alias).orElseThrow(() -> new NotFoundException("alias", alias));
    return repository.version(model, current.versionNumber);
  }

  private static void checkPrecondition(String alias, ModelAlias current, OptionalLong ifMatch) {
    if (ifMatch.isEmpty()) {
      return;
    }
    if (current == null || current.rowVersion != ifMatch.getAsLong()) {
      throw new PreconditionFailedException("alias '" + alias + "' changed since you read it");
    }
  }

  private void record(
      RegisteredModel model,
      String alias,
      Integer from,
      Integer to,
      String reason,
      String actor,
      Instant at) {
    AliasEvent event = new AliasEvent();
    event.tenant = model.tenant;
    event.modelId = model.id;
    event.alias = alias;
    event.fromVersion = from;
    event.toVersion = to;
    event.actor = actor;
    event.occurredAt = at;
    event.reason = reason == null ? "" : reason;
    repository.persist(event);
  }
}
